package io.atrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.reception.DemoReception;
import io.atrium.testing.Api;
import io.atrium.testing.Browser;
import io.atrium.testing.Browsers;
import io.atrium.testing.Haproxy;
import io.atrium.testing.Http;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.Poll;
import io.atrium.testing.ServerPair;
import io.atrium.testing.SharedServerPair;
import jakarta.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two Atrium servers on one PostgreSQL behind HAProxy (issue 11's test), with the cluster on: pages
 * stay on one server through the sticky cookie, the API goes round-robin with one token, a visitor
 * checked in on one server shows on a dashboard open on the other without a reload, a PostgreSQL
 * restart under load is answered 503 (never 500) and ends with every request answered again, a user
 * whose server is killed in the middle of a form goes on from the other (its page's bean with it),
 * and so does the API. The pair is shared with the other classes that need two servers ({@link
 * SharedServerPair}); the tests that disturb servers come last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(SharedServerPair.ORDER - 1)
class TwoServersIT {

  private static final Pattern LOGGED = Pattern.compile("^(\\w+) (\\S+) (\\d+)$");

  /** An error of Liberty's session cache in a server's messages.log (one failed read each). */
  private static final Pattern SESSION_CACHE_ERROR =
      Pattern.compile("com\\.ibm\\.ws\\.session\\.store\\.cache\\.\\w+\\s+E ");

  /** Names unique to this run, for rows the tests look up by name. */
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @RegisterExtension static final SharedServerPair PAIR = new SharedServerPair();

  private static ServerPair pair;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeAll
  static void startMail() {
    MailCatcher.start(); // both servers' SMTP server
    pair = PAIR.get();
  }

  @AfterAll
  static void stopMail() {
    MailCatcher.stop();
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

  /**
   * A browser moved to the other server while its own is still up (the proxy moves it when that
   * server fails its readiness check): the first page drawn there must take its form. That page's
   * view was lost once (Liberty's copy of the session read the cache's attributes back over it),
   * and the sign-in form expired when posted: "This page had been open too long".
   */
  @Test
  @Order(6)
  void aFormDrawnOnTheServerABrowserWasJustMovedToIsAcceptedThere() throws Exception {
    WebDriver browser = browsers.open("en-GB,en");
    browser.get(pair.base() + "health/live"); // on the proxy's site, without a session
    moveTo(browser, pair.a());
    browser.get(pair.base() + "login.xhtml"); // the session begins on a
    moveTo(browser, pair.b());
    Browser.signIn(browser, pair.base().toURL(), "lumiere", "reception@lumiere.test");
    assertEquals("b", browser.manage().getCookieNamed("SRV").getValue(), "signed in on b");
  }

  /**
   * The rights matrix opened on one server and saved from the other (the first one died, or the
   * proxy moved the browser): the restored view's rows are copies from the session cache, and its
   * ticks must still reach the rows the save reads (they once reached copies, and "Rights saved."
   * granted nothing).
   */
  @Test
  @Order(7)
  void aCellTickedInTheRightsMatrixIsSavedFromTheOtherServer() throws Exception {
    var api = new Api(pair.base());
    String reception = api.token("lumiere", "reception@lumiere.test");
    String before = permissions(api, reception);
    assertFalse(before.contains("\"staff:read\""), "not yet granted");
    WebDriver admin = browsers.open("en-GB,en");
    Browser.signIn(admin, pair.base().toURL(), "lumiere", "admin@lumiere.test");

    tickOnOneServerAndSaveOnTheOther(admin, STAFF_READ);
    assertTrue(permissions(api, reception).contains("\"staff:read\""), "granted by the tick");
    tickOnOneServerAndSaveOnTheOther(admin, STAFF_READ);
    assertEquals(before, permissions(api, reception), "back as it was");
  }

  private static final String STAFF_READ =
      "input[data-role='Receptionist'][data-permission='staff:read']";

  private static void tickOnOneServerAndSaveOnTheOther(WebDriver browser, String cell)
      throws Exception {
    browser.get(pair.base() + "staff/rights.xhtml");
    Browser.click(browser, By.cssSelector(cell));
    String holder = browser.manage().getCookieNamed("SRV").getValue();
    ServerPair.Server other = holder.equals("a") ? pair.b() : pair.a();
    // The page's session reached the cache when its request ended: the other server reads it.
    moveTo(browser, other);
    Browser.click(browser, By.id("rights:save"));
    Browser.await(
        browser,
        b ->
            b.findElements(By.cssSelector("#messages .ui-messages-info")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(t -> t.contains("Rights saved."))
                .findFirst()
                .orElse(null));
    assertEquals(other.name(), browser.manage().getCookieNamed("SRV").getValue(), "saved there");
  }

  private static String permissions(Api api, String token) {
    return Api.json(api.get("api/me", token)).getJsonArray("permissions").toString();
  }

  @Test
  @Order(3)
  void readinessProbesOfTheClusterMemberWriteNoLineToTheLogButMembersJoiningDo() throws Exception {
    for (ServerPair.Server server : List.of(pair.a(), pair.b())) {
      var ready = Http.get(server.direct("health/ready"));
      assertEquals(200, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"member\""), "the cluster check ran: " + ready.body());
      // HAProxy has probed both servers every second since they started: each probe opened a
      // connection to the Hazelcast port, which logged two lines for it before.
      String log = pair.messages(server);
      assertFalse(
          log.contains("com.hazelcast.internal.server.tcp.TcpServerConnection "),
          server.name() + "'s log has a line per probe");
      assertTrue(log.contains("Members {size:2"), server.name() + "'s log shows the members");
    }
  }

  @Test
  @Order(4)
  void aVisitorCheckedInOnServerAShowsWithin2SecondsOnADashboardOpenOnServerB() throws Exception {
    WebDriver desk = browsers.open("en-GB,en");
    pinTo(desk, pair.b());
    Browser.signIn(desk, pair.base().toURL(), "lumiere", "reception@lumiere.test");
    var onA = new Api(pair.a().direct(""));
    var demo = new DemoReception(onA);
    String reception = demo.token("lumiere", "reception@lumiere.test");
    long paris = demo.paris();
    String host = demo.token("lumiere", "admin@kaolin.test"); // Léa Fontaine
    String name = "Irène Joliot " + RUN;
    var walkIn =
        Json.createObjectBuilder()
            .add("centreId", paris)
            .add("hostId", demo.member("lumiere", "Studio Kaolin", "admin@kaolin.test"))
            .add("fullName", name)
            .build();
    var arrived = onA.post("api/visitors/walk-ins", reception, walkIn.toString());
    assertEquals(201, arrived.statusCode(), arrived.body());
    long id = Api.json(arrived).getJsonNumber("id").longValue();
    var approved = onA.post("api/visitors/" + id + "/decision", host, "{\"decision\":\"APPROVE\"}");
    assertEquals(200, approved.statusCode(), approved.body());

    desk.get(pair.base() + "reception/dashboard.xhtml?centre=" + paris);
    type(desk, "dashboard:visitors:search", RUN);
    assertEquals("Approved", Browser.await(desk, b -> visitorState(b, name)));
    assertEquals("b", desk.manage().getCookieNamed("SRV").getValue(), "the dashboard is on b");
    ((JavascriptExecutor) desk).executeScript("window.atriumTestMark = 'still here';");

    var checkedIn = onA.post("api/visitors/" + id + "/check-in", reception, "{}");
    assertEquals(200, checkedIn.statusCode(), checkedIn.body());
    assertEquals("a", servedBy(checkedIn, pair.a()), "checked in on a");
    new WebDriverWait(desk, Duration.ofSeconds(2), Browser.POLL)
        .ignoring(StaleElementReferenceException.class)
        .withMessage("the dashboard on b shows the arrival on a within 2 s")
        .until(b -> "Checked in".equals(visitorState(b, name)));
    assertEquals(
        "still here",
        ((JavascriptExecutor) desk).executeScript("return window.atriumTestMark;"),
        "updated by its socket, not by a reload");
  }

  // After the dashboard test: its page requests would change which server the proxy gives that
  // test's first page.
  @Test
  @Order(5)
  void apiCallsCarryingThePageCookiesLeaveTheSessionOnItsServer() throws Exception {
    WebDriver browser = browsers.open("en-GB,en");
    Browser.signIn(browser, pair.base().toURL(), "lumiere", "admin@lumiere.test");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    String sticky = browser.manage().getCookieNamed("SRV").getValue();
    var api = new Api(pair.base());
    String token = api.token("lumiere", "admin@lumiere.test");

    // A browser sends its cookies to the API too. The API reads only the token; a server that
    // saw the session id would load the session, and the page's server then reload all of it.
    Set<String> answeredBy = new LinkedHashSet<>();
    for (int i = 0; i < 4; i++) {
      var me = api.get("api/me", token, "Cookie", "JSESSIONID=" + session + "; SRV=" + sticky);
      assertEquals(200, me.statusCode(), me.body());
      answeredBy.add(servedBy(me));
      assertEquals(
          List.of(), me.headers().allValues("Set-Cookie"), "cookies set by " + servedBy(me));
    }
    assertEquals(Set.of("a", "b"), answeredBy, "the API goes round-robin, whatever the cookies");

    browser.get(pair.base() + "helpdesk/queue.xhtml");
    Browser.await(browser, b -> b.getCurrentUrl().contains("helpdesk/queue") ? true : null);
    assertEquals(sticky, browser.manage().getCookieNamed("SRV").getValue(), "still on its server");
    assertEquals(
        session,
        browser.manage().getCookieNamed("JSESSIONID").getValue(),
        "the page's server kept its copy of the session: it did not read it again");
  }

  @Test
  @Order(8)
  void withBothServersUpEachJobRunsOncePerPeriod() throws Exception {
    var api = new Api(pair.base());
    var demo = new DemoReception(api);
    String reception = demo.token("lumiere", "reception@lumiere.test");
    long paris = demo.paris();
    long host = demo.member("lumiere", "Studio Kaolin", "admin@kaolin.test");
    LocalDate tomorrow = LocalDate.now(DemoReception.PARIS).plusDays(1);
    List<Long> ids = new ArrayList<>();
    Set<String> servers = new LinkedHashSet<>();
    for (int i = 0; i < 4; i++) {
      var invited =
          api.post(
              "api/visitors",
              reception,
              DemoReception.visitor(
                      paris,
                      host,
                      "Job " + i + " " + RUN,
                      "job" + i + "." + RUN + "@visitor.test",
                      tomorrow)
                  .build()
                  .toString());
      assertEquals(201, invited.statusCode(), invited.body());
      ids.add(Api.json(invited).getJsonNumber("id").longValue());
      servers.add(servedBy(invited));
    }
    assertEquals(Set.of("a", "b"), servers, "invited through both servers");
    String all = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    String past = ids.get(0) + "," + ids.get(1);

    // Outbox: each server polls every second and both compete for each invitation's mail, which
    // is delivered once all the same.
    await(
        () ->
            pair.sql(
                    "SELECT count(*) FROM outbox_mail WHERE status = 'SENT' AND to_email LIKE 'job_."
                        + RUN
                        + "@visitor.test'")
                == 4,
        "the four invitations sent");
    for (int i = 0; i < 4; i++) {
      String to = "job" + i + "." + RUN + "@visitor.test";
      assertEquals(1, MailCatcher.receivedBy(to::equals).size(), "mails to " + to);
    }

    // No-show sweep (hourly): two of the visitors were expected yesterday, which no request can
    // plan, and the sweep last ran for this tenant two hours ago. Both servers look for due
    // tenants every minute; one of them sweeps, once.
    assertEquals(
        2,
        pair.sql(
            "UPDATE visitor SET expected_date = expected_date - 2 WHERE id IN (" + past + ")"));
    long tenant = pair.sql("SELECT tenant_id FROM visitor WHERE id = " + ids.get(0));
    pair.sql(
        "INSERT INTO tenant_job (tenant_id, job, last_started_at, last_finished_at) VALUES ("
            + tenant
            + ", 'reception.no-shows', now() - interval '2 hours', now() - interval '2 hours')"
            + " ON CONFLICT (tenant_id, job) DO UPDATE SET last_started_at = excluded.last_started_at");
    await(
        () ->
            pair.sql(
                    "SELECT count(*) FROM visitor WHERE state = 'NO_SHOW' AND id IN (" + past + ")")
                == 2,
        "yesterday's visitors marked no-show",
        // A tick of each server's schedule (every minute for an hourly job) plus the run.
        Duration.ofSeconds(100));
    assertEquals(
        2,
        pair.sql(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Visitor' AND action = 'NO_SHOW'"
                + " AND actor_kind = 'SYSTEM' AND entity_id IN ('"
                + ids.get(0)
                + "','"
                + ids.get(1)
                + "')"),
        "one audit entry per no-show, by the system");
    assertEquals(
        2,
        pair.sql("SELECT count(*) FROM visitor WHERE state = 'EXPECTED' AND id IN (" + all + ")"),
        "tomorrow's visitors still expected");
    assertEquals(
        1,
        pair.sql(
            "SELECT count(*) FROM tenant_job WHERE tenant_id = "
                + tenant
                + " AND job = 'reception.no-shows' AND last_started_at > now() - interval '10 minutes'"
                + " AND last_server IS NOT NULL"),
        "the run is recorded with its server");
  }

  @Test
  @Order(9)
  void afterPostgresqlRestartsUnderLoadEveryRequestSucceedsAgain() throws Exception {
    var api = new Api(pair.base());
    String token = api.token("lumiere", "admin@lumiere.test");
    WebDriver browser = browsers.open("en-GB,en");
    Browser.signIn(browser, pair.base().toURL(), "lumiere", "admin@lumiere.test");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    // The same session's page straight from server a ("localhost" cookies ignore the port).
    String onA = "http://localhost:" + pair.a().httpPort() + "/reception/dashboard.xhtml";
    browser.get(onA);
    assertEquals("Reception · Atrium", browser.getTitle());
    var load = new Load(api, token);
    load.start();
    try {
      await(() -> load.okCount() >= 20, "requests flowing before the outage");

      pair.stopDatabase();
      for (ServerPair.Server server : pair.servers()) {
        await(() -> pair.readiness(server) != 200, server.name() + " not ready without database");
      }
      long outage = load.size();
      // HAProxy may already have taken both servers out: ask one directly, as a request that
      // reached it at the start of the outage would be answered.
      assertOutageAnswers(pair.a(), token, session);
      // An ajax click on the open page (the table's search) is sent to the error page.
      type(browser, "dashboard:visitors:search", "x");
      Browser.await(
          browser, b -> b.getTitle().equals("Temporarily unavailable · Atrium") ? true : null);
      assertEquals(onA, browser.getCurrentUrl());

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
      Map<Integer, Integer> all = load.statusesSince(0);
      all.keySet().removeAll(Set.of(200, 503));
      assertEquals(Map.of(), all, "no answer but 200, or 503 during the outage");
      assertEquals(List.of(), load.withoutRetryAfter, "Atrium's 503s say when to retry");
      Map<Integer, Integer> after = load.statusesSince(recovered);
      assertEquals(Map.of(200, after.getOrDefault(200, 0)), after, "statuses after recovery");
    } finally {
      load.stop();
    }
  }

  /**
   * A server without its database answers 503 with Retry-After: problem+json to the API, the
   * friendly page to a signed-in page, each in the caller's language.
   */
  private static void assertOutageAnswers(ServerPair.Server server, String token, String session) {
    var api = new Api(server.direct(""));
    for (var language :
        Map.of("en", "Service unavailable", "fr", "Service indisponible").entrySet()) {
      var r =
          api.get("api/companies?page=0&size=5&q=", token, "Accept-Language", language.getKey());
      assertEquals(503, r.statusCode(), r.body());
      assertEquals("5", r.headers().firstValue("Retry-After").orElse(""), "API Retry-After");
      assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals(language.getValue(), Api.json(r).getString("title"));
    }
    for (var language :
        Map.of("en", "Temporarily unavailable", "fr", "Momentanément indisponible").entrySet()) {
      var r =
          Http.send(
              HttpRequest.newBuilder(server.direct("reception/dashboard.xhtml"))
                  .header("Cookie", "JSESSIONID=" + session)
                  .header("Accept-Language", language.getKey()));
      assertEquals(503, r.statusCode(), r.body());
      assertEquals("5", r.headers().firstValue("Retry-After").orElse(""), "page Retry-After");
      assertTrue(r.body().contains("<h1>" + language.getValue() + "</h1>"), r.body());
      assertFalse(r.body().contains("Exception"), r.body());
    }
  }

  @Test
  @Order(10)
  void whenItsServerIsKilledInTheMiddleOfAFormTheUserGoesOnFromTheOther() throws Exception {
    WebDriver desk = browsers.open("en-GB,en");
    Browser.signIn(desk, pair.base().toURL(), "lumiere", "reception@lumiere.test");
    String name = "Lise Meitner " + RUN;
    String email = "lise." + RUN + "@visitor.test";

    // Step 1, on the server holding the session: the visitor, then the ajax host search, whose
    // results live in the page's view state on that server.
    desk.get(pair.base() + "reception/invite.xhtml");
    assertEquals("Invite Visitor · Atrium", desk.getTitle());
    type(desk, "invite:fullName", name);
    type(desk, "invite:email", email);
    searchHost(desk);
    String holder = desk.manage().getCookieNamed("SRV").getValue();
    ServerPair.Server dead = holder.equals("a") ? pair.a() : pair.b();
    ServerPair.Server other = dead == pair.a() ? pair.b() : pair.a();

    pair.kill(dead);

    // Step 2, after kill -9: pick the host the dead server found and send. HAProxy sends the click
    // to the other server, which has the session, the view and the page's bean from the session
    // cache.
    Browser.choose(desk, "invite:hostId", "Léa Fontaine");
    String sent = send(desk);
    if (!sent.startsWith("Invitation sent to " + name)) {
      // The one loss allowed (the issue: at most the request in flight): the search answered just
      // before the kill had not reached the session cache yet, or the click met the dying server.
      // The user repeats that step, once.
      searchHost(desk);
      Browser.choose(desk, "invite:hostId", "Léa Fontaine");
      sent = send(desk);
    }
    assertTrue(sent.startsWith("Invitation sent to " + name), sent);
    assertFalse(desk.getCurrentUrl().contains("login.xhtml"), "still signed in");
    assertTrue(desk.findElements(By.id("expiredNotice")).isEmpty(), "the view did not expire");
    assertEquals(other.name(), desk.manage().getCookieNamed("SRV").getValue(), "now on the other");

    var api = new Api(other.direct(""));
    var saved =
        Api.json(
                api.get(
                    "api/visitors?size=10&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    api.token("lumiere", "reception@lumiere.test")))
            .getJsonArray("items");
    assertEquals(1, saved.size(), "one visitor saved: " + saved);
    var visitor = saved.getJsonObject(0);
    assertEquals(email, visitor.getString("email"), "typed before the kill, saved after it");
    assertEquals("Léa Fontaine", visitor.getString("hostName"));
    assertEquals("EXPECTED", visitor.getString("state"));
  }

  @Test
  @Order(11)
  void whenAServerIsKilledTheTicketFormGoesOnFromTheOtherAndSoDoesTheApiWithTheSameToken()
      throws Exception {
    pair.restartKilled();
    var api = new Api(pair.base());
    String token = api.token("lumiere", "admin@lumiere.test");
    WebDriver desk = browsers.open("en-GB,en");
    Browser.signIn(desk, pair.base().toURL(), "lumiere", "admin@lumiere.test");
    String title = "Door jammed " + RUN;
    desk.get(pair.base() + "helpdesk/new.xhtml");
    // The centre, then the type its ajax offered, chosen on the server that dies: the bean's state.
    Browser.choose(desk, "ticketForm:centre", "PAR1");
    Browser.choose(desk, "ticketForm:type", "Repair");
    type(desk, "ticketForm:title", title);
    type(desk, "ticketForm:description", "Typed before the kill.");
    String holder = desk.manage().getCookieNamed("SRV").getValue();
    ServerPair.Server dead = holder.equals("a") ? pair.a() : pair.b();
    ServerPair.Server other = dead == pair.a() ? pair.b() : pair.a();

    pair.kill(dead);

    // The API first, at once: the first call may still be sent to the dead server; HAProxy retries
    // it on the other, without a failed answer.
    for (int i = 0; i < 6; i++) {
      var me = api.get("api/me", token);
      assertEquals(200, me.statusCode(), "call " + (i + 1) + " after kill -9: " + me.body());
      assertEquals(other.name(), servedBy(me));
    }

    // The ticket page's bean lives in MyFaces' view scope, which the other server reads back from
    // the session cache (the shell's <o:socket> keeps a MyFaces key there that Liberty would not
    // let the application load without org.apache.myfaces.cdi.NonContextualKey): the click
    // creates the ticket there.
    desk.findElement(By.id("ticketForm:create")).click();
    await(
        () -> pair.sql("SELECT count(*) FROM ticket WHERE title = '" + title + "'") == 1,
        "the ticket created on the other server");
    assertTrue(desk.findElements(By.id("expiredNotice")).isEmpty(), "the view did not expire");
    assertEquals(other.name(), desk.manage().getCookieNamed("SRV").getValue(), "now on the other");
    assertFalse(
        SESSION_CACHE_ERROR.matcher(pair.messages(other)).find(),
        "every session attribute read back on " + other.name() + " without an error");
  }

  /**
   * Types a host's name in the invitation's search and waits for the ajax answer: the host list
   * narrowed to "—" and the one member found.
   */
  private static void searchHost(WebDriver desk) {
    type(desk, "invite:hostSearch", "fontaine");
    Browser.await(
        desk,
        b -> {
          List<String> hosts =
              b.findElements(By.cssSelector("[id='invite:hostId_input'] option")).stream()
                  .map(option -> option.getDomProperty("textContent"))
                  .toList();
          return hosts.size() == 2 && hosts.get(1).startsWith("Léa Fontaine") ? true : null;
        });
  }

  /** Clicks Send and returns the page's message, or the host field's, once one shows. */
  private static String send(WebDriver desk) {
    desk.findElement(By.id("invite:send")).click();
    return Browser.await(
        desk,
        b -> {
          String text = b.findElement(By.id("messages")).getText();
          return text == null || text.isBlank() ? null : text;
        });
  }

  /** Gives the browser HAProxy's sticky cookie for the server, so that its pages go there. */
  private static void pinTo(WebDriver browser, ServerPair.Server server) throws Exception {
    browser.get(pair.base() + "login.xhtml");
    moveTo(browser, server);
  }

  /** Sets the sticky cookie of a browser already on the proxy's site: its next pages go there. */
  private static void moveTo(WebDriver browser, ServerPair.Server server) {
    browser.manage().deleteCookieNamed("SRV");
    browser.manage().addCookie(new Cookie("SRV", server.name(), "/"));
  }

  private static String visitorState(WebDriver browser, String name) {
    var rows =
        browser.findElements(
            By.xpath("//tr[.//span[@class='visitor-name' and normalize-space()='" + name + "']]"));
    return rows.isEmpty()
        ? null
        : rows.get(0).findElement(By.cssSelector(".visitor-state")).getText();
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement input = Browser.await(browser, b -> b.findElement(By.id(id)));
    input.clear();
    input.sendKeys(text);
  }

  /** API calls through HAProxy from four paced clients, each answer's status and server kept. */
  private static final class Load {
    private record Answer(int status, String server) {}

    private final Api api;
    private final String token;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<String> traces = new CopyOnWriteArrayList<>();
    private final List<String> withoutRetryAfter = new CopyOnWriteArrayList<>();
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
        // HAProxy's own 503 (no server left) is plain HTML; Atrium's is problem+json.
        if (r.statusCode() == 503
            && r.headers().firstValue("Content-Type").orElse("").contains("problem+json")
            && r.headers().firstValue("Retry-After").isEmpty()) {
          withoutRetryAfter.add(r.body());
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
      since(from).stream().filter(a -> a.status() == 200).forEach(a -> servers.add(a.server()));
      return servers;
    }

    /**
     * A copy: a sub-list of the live list throws ConcurrentModificationException once a client adds
     * an answer while it is read (seen on CI).
     */
    private List<Answer> since(int from) {
      List<Answer> all = List.copyOf(answers);
      return all.subList(from, all.size());
    }

    Map<Integer, Integer> statusesSince(int from) {
      Map<Integer, Integer> statuses = new TreeMap<>();
      since(from).forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
      return statuses;
    }
  }

  /** A direct call names no server (HAProxy adds the header): the one called answered. */
  private static String servedBy(HttpResponse<?> response, ServerPair.Server called) {
    return response.headers().firstValue(Haproxy.SERVED_BY).orElse(called.name());
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

  /** Polls the check until it holds, failing after 60 s with what was awaited. */
  private static void await(Poll.Condition check, String what) throws Exception {
    await(check, what, Duration.ofSeconds(60));
  }

  private static void await(Poll.Condition check, String what, Duration limit) throws Exception {
    assertTrue(Poll.until(limit, Duration.ofMillis(100), check), "still waiting for: " + what);
  }
}
