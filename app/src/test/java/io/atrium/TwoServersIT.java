package io.atrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Haproxy;
import io.atrium.testing.ServerPair;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Two Atrium servers on one PostgreSQL behind HAProxy (issue 11's test): pages stay on one server
 * through the sticky cookie, the API goes round-robin with one token, and a PostgreSQL restart
 * under load ends with every request answered again, and the API goes on when a server is killed.
 * The pair is started once for the class; the tests that disturb servers come last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

  private static final Pattern LOGGED = Pattern.compile("^(\\w+) (\\S+) (\\d+)$");

  private static ServerPair pair;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeAll
  static void startPair() {
    pair = ServerPair.start();
  }

  @AfterAll
  static void stopPair() {
    if (pair != null) {
      pair.close();
    }
  }

  @Test
  @Order(1)
  void apiCallsAlternateBetweenServersWithOneToken() {
    var api = new Api(pair.base());
    var issued = api.requestToken("lumiere", "admin@lumiere.test", "Atrium-demo-2026");
    assertEquals(200, issued.statusCode(), issued.body());
    String token = Api.json(issued).getString("access_token");
    String issuer = servedBy(issued);

    List<String> answeredBy = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      var me = api.get("api/me", token);
      assertEquals(200, me.statusCode(), me.body());
      answeredBy.add(servedBy(me));
    }
    for (int i = 1; i < answeredBy.size(); i++) {
      assertNotEquals(answeredBy.get(i - 1), answeredBy.get(i), "round-robin: " + answeredBy);
    }
    ServerPair.Server other = issuer.equals("a") ? pair.b() : pair.a();
    var direct = new Api(other.direct("")).get("api/me", token);
    assertEquals(200, direct.statusCode(), "a token issued by " + issuer + ": " + direct.body());
  }

  @Test
  @Order(2)
  void aSignedInBrowserStaysOnOneServerAcrossPages() throws Exception {
    WebDriver browser = browsers.open("en-GB,en");
    int before = pair.proxy().logLines().size();
    Browser.signIn(browser, pair.base().toURL(), "lumiere", "admin@lumiere.test");
    List<String> pages =
        List.of(
            "reception/dashboard.xhtml", "helpdesk/queue.xhtml", "directory/companies/list.xhtml");
    for (String page : pages) {
      browser.get(pair.base() + page);
      Browser.await(browser, b -> b.getCurrentUrl().contains(page) ? true : null);
    }
    String sticky = browser.manage().getCookieNamed("SRV").getValue();

    // HAProxy logs a request when it ends: wait for the last page's line.
    String last = "/" + pages.get(pages.size() - 1);
    await(() -> pageRequests(before).stream().anyMatch(r -> r[1].equals(last)), "log of " + last);
    List<String[]> requests = pageRequests(before);
    Set<String> servers = new LinkedHashSet<>();
    requests.forEach(r -> servers.add(r[0]));
    assertEquals(Set.of(sticky), servers, "servers of the browser's requests");
    for (String page : pages) {
      assertTrue(
          requests.stream().anyMatch(r -> r[1].equals("/" + page) && r[2].equals("200")),
          page + " answered 200 by " + sticky);
    }
  }

  @Test
  @Order(3)
  void afterPostgresqlRestartsUnderLoadEveryRequestSucceedsAgain() throws Exception {
    var api = new Api(pair.base());
    String token = api.token("lumiere", "admin@lumiere.test");
    var load = new Load(api, token);
    load.start();
    try {
      await(() -> load.okCount() >= 20, "requests flowing before the outage");

      pair.stopDatabase();
      for (ServerPair.Server server : pair.servers()) {
        await(() -> pair.readiness(server) != 200, server.name() + " not ready without database");
      }
      long outage = load.size();

      pair.startDatabase();
      for (ServerPair.Server server : pair.servers()) {
        await(() -> pair.readiness(server) == 200, server.name() + " ready again");
      }
      // Both servers back in HAProxy's rotation: each has answered through it again.
      int backAt = load.size();
      await(
          () -> load.okServersSince(backAt).containsAll(Set.of("a", "b")),
          "both servers answering through HAProxy");
      int recovered = load.size();
      await(() -> load.size() >= recovered + 40, "40 requests after recovery");
      load.stop();

      assertTrue(load.size() > outage, "requests went on during the outage");
      assertEquals(List.of(), load.traces, "no stack trace reaches a client, outage included");
      Map<Integer, Integer> after = load.statusesSince(recovered);
      assertEquals(Map.of(200, after.getOrDefault(200, 0)), after, "statuses after recovery");
    } finally {
      load.stop();
    }
  }

  @Test
  @Order(4)
  void whenAServerIsKilledTheApiGoesOnFromTheOtherWithTheSameToken() throws Exception {
    var api = new Api(pair.base());
    String token = api.token("lumiere", "admin@lumiere.test");

    pair.kill(pair.b());
    // The first call may still be sent to b: HAProxy retries it on a, without a failed answer.
    for (int i = 0; i < 6; i++) {
      var me = api.get("api/me", token);
      assertEquals(200, me.statusCode(), "call " + (i + 1) + " after kill -9: " + me.body());
      assertEquals("a", servedBy(me));
    }
  }

  /** API calls through HAProxy from four paced clients, each answer's status and server kept. */
  private static final class Load {
    private record Answer(int status, String server) {}

    private final Api api;
    private final String token;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<String> traces = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService clients = Executors.newScheduledThreadPool(4);

    Load(Api api, String token) {
      this.api = api;
      this.token = token;
    }

    void start() {
      for (int i = 0; i < 4; i++) {
        // Paced rather than back-to-back: HAProxy's 503s during the outage come back at once.
        clients.scheduleWithFixedDelay(this::call, i * 25L, 100, TimeUnit.MILLISECONDS);
      }
    }

    private void call() {
      try {
        HttpResponse<String> r = api.get("api/companies?page=0&size=5&q=", token);
        answers.add(
            new Answer(r.statusCode(), r.headers().firstValue(Haproxy.SERVED_BY).orElse("")));
        if (r.body().contains("Exception") || r.body().contains("\tat ")) {
          traces.add(r.statusCode() + ": " + r.body());
        }
      } catch (RuntimeException e) {
        answers.add(new Answer(-1, ""));
      }
    }

    void stop() throws InterruptedException {
      clients.shutdown(); // lets calls in flight finish and be counted
      clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    int size() {
      return answers.size();
    }

    long okCount() {
      return answers.stream().filter(a -> a.status() == 200).count();
    }

    Set<String> okServersSince(int from) {
      Set<String> servers = new LinkedHashSet<>();
      answers.subList(from, answers.size()).stream()
          .filter(a -> a.status() == 200)
          .forEach(a -> servers.add(a.server()));
      return servers;
    }

    Map<Integer, Integer> statusesSince(int from) {
      Map<Integer, Integer> statuses = new TreeMap<>();
      answers
          .subList(from, answers.size())
          .forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
      return statuses;
    }
  }

  private static String servedBy(HttpResponse<?> response) {
    String server = response.headers().firstValue(Haproxy.SERVED_BY).orElse("");
    assertFalse(server.isEmpty(), "HAProxy names the server that answered");
    return server;
  }

  /** Page requests (server, path, status) HAProxy logged after the first {@code from} lines. */
  private static List<String[]> pageRequests(int from) throws Exception {
    List<String> lines = pair.proxy().logLines();
    List<String[]> requests = new ArrayList<>();
    for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
      Matcher m = LOGGED.matcher(line.strip());
      if (m.matches() && !m.group(2).startsWith("/api/")) {
        requests.add(new String[] {m.group(1), m.group(2).replaceFirst("\\?.*", ""), m.group(3)});
      }
    }
    return requests;
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Polls the check until it holds, failing after 60 s with what was awaited. */
  private static void await(Check check, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!check.holds()) {
      assertTrue(System.nanoTime() < deadline, "still waiting for: " + what);
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }
}
