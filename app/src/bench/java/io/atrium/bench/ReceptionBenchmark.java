package io.atrium.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * B3: the reception dashboard under a front desk's load. A centre with 5,000 visitors expected
 * today in a tenant holding 1,000,000 visitors; 8 staff sessions each load the dashboard page and
 * then ask for the next page of its lazy table by ajax, over and over. The p95 of each request must
 * be at most 50 ms. In the same run, 8 database connections run the same SQL those two requests run
 * (the counts per state and the list's page, as the application's role with the tenant bound), so
 * the report tells what the stack adds to the database's own time.
 */
public final class ReceptionBenchmark implements Benchmark {

  private static final double GOAL_MS = 50;
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The columns the application maps (what its list query selects), in the table's order. */
  private static final String COLUMNS =
      "tenant_id, id, centre_id, host_id, host_company_id, host_name, invited_by_kind,"
          + " invited_by_id, invited_by_name, full_name, email, phone, company_name, purpose, notes,"
          + " expected_date, visit_time, walk_in, state, check_in_token_hash, token_used_at,"
          + " invited_at, arrived_at, decided_at, decided_by_id, checked_in_at, checked_out_at,"
          + " no_show_at, purged_at, version";

  private static final String WHERE =
      " FROM visitor WHERE tenant_id = ? AND centre_id = ? AND expected_date = ?";

  @Override
  public String id() {
    return "B3";
  }

  @Override
  public String title() {
    return "Reception dashboard: 5,000 visitors today in a tenant of 1,000,000, 8 staff sessions";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    Result result = new Result(id(), title());
    ServerSpec app = context.app();
    context.setup().ensureCreated(app);
    long pid = context.servers().start(app, false).pid();
    try {
      measure(context, app, pid, result);
    } finally {
      context.servers().stop(app);
    }
    return result;
  }

  private void measure(BenchContext context, ServerSpec app, long pid, Result result)
      throws Exception {
    BenchConfig.Reception settings = context.config().reception();
    List<HttpClient> clients = context.pageClients(app, settings.sessions());
    VisitorData.Counts data = VisitorData.seed(context.setup().database());
    log(
        "data: %d bench visitors in %s, %d expected today (%s) at %s, written in %.1f s"
            .formatted(
                data.visitors(),
                ScaleData.TENANT,
                data.todayAtCentre(),
                data.day(),
                VisitorData.CENTRE,
                data.seconds()));
    String page = app.url(settings.pagePath().replace("{centre}", Long.toString(data.centreId())));
    Dashboard dashboard = new Dashboard(page, settings.tableId(), settings.rows());
    dashboard.check(clients.get(0));
    dashboard.run(clients, settings.warmUp());
    // The fixed warm-up alone measured a server still compiling: its JIT used a sixth of its CPU,
    // which fell from 10.7 to 4.0 ms per request over the next 17,000 pairs (see Settling).
    int settled =
        Settling.untilCompiled(
            List.of(pid),
            i ->
                perRequest(
                    pid, 2 * settings.settle(), () -> dashboard.run(clients, settings.settle())),
            message -> log("dashboard " + message));
    Sql sql = new Sql(context.setup().database(), data, settings.rows());
    sql.run(settings.sessions(), settings.requests() / 4);

    Map<String, List<Long>> stack = dashboard.run(clients, settings.requests());
    Map<String, List<Long>> direct = sql.run(settings.sessions(), settings.requests());
    // Each kind of request on its own, since the timed phase interleaves them.
    Map<String, ServerCpu> cpu = new LinkedHashMap<>();
    cpu.put("page", ServerCpu.of(pid, () -> dashboard.pagesOnly(clients, settings.requests())));
    Map<HttpClient, String> views = dashboard.views(clients);
    cpu.put(
        "ajax", ServerCpu.of(pid, () -> dashboard.ajaxOnly(clients, views, settings.requests())));

    // The home, which every member of staff opens first, on the same warm server and sessions.
    String home = app.url(app.pagePath());
    Dashboard.getAll(clients, home, settings.warmUp(), null);
    int homeSettled =
        Settling.untilCompiled(
            List.of(pid),
            i -> {
              int requests = 2 * settings.settle();
              return perRequest(
                  pid, requests, () -> Dashboard.getAll(clients, home, requests, null));
            },
            message -> log("home " + message));
    List<Long> homeNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    cpu.put(
        "home",
        ServerCpu.of(pid, () -> Dashboard.getAll(clients, home, settings.requests(), homeNanos)));
    stack.put("home", homeNanos);
    result.note(
        "Warm-up: %d pairs, then %s: %d ran; for the home, %d requests, then %s: %d ran."
            .formatted(
                settings.warmUp(),
                Settling.described(settings.settle()),
                settled,
                settings.warmUp(),
                Settling.described(2 * settings.settle()),
                homeSettled));
    report(result, data, settings, page, home, stack, direct, cpu);
  }

  /** Runs a burst of {@code requests} and tells the server's CPU time per request it took. */
  private static String perRequest(long pid, int requests, Callable<?> burst) throws Exception {
    double before = Procs.cpuMillis(pid);
    burst.call();
    return "server CPU %.1f ms per request".formatted((Procs.cpuMillis(pid) - before) / requests);
  }

  private static void report(
      Result result,
      VisitorData.Counts data,
      BenchConfig.Reception settings,
      String page,
      String home,
      Map<String, List<Long>> stack,
      Map<String, List<Long>> direct,
      Map<String, ServerCpu> cpu) {
    for (String request : List.of("page", "ajax", "home")) {
      Http.LoadStats http = stats(stack.get(request), settings.sessions());
      ServerCpu server = cpu.get(request);
      String label =
          switch (request) {
            case "page" -> "full page request";
            case "ajax" -> "lazy-page ajax call";
            default -> "home page";
          };
      result
          .figure(label, "requests", http.requests())
          .figure(label, "errors", http.errors())
          .figure(label, "p50Ms", http.p50Ms())
          .figure(label, "p95Ms", http.p95Ms())
          .figure(label, "maxMs", http.maxMs())
          .figure(label, "serverCpuMsPerRequest", Report.round(server.perRequestMs()))
          .figure(label, "serverCpuRawMsPerRequest", Report.round(server.rawPerRequestMs()))
          .figure(label, "serverIdleCpuMsPerSecond", Report.round(server.idleMsPerSecond()))
          .figure(label, "serverJitCpuMsPerRequest", Report.round(server.jitPerRequestMs()));
      String cpuAndLatency =
          "%s: server CPU %.1f ms per request (%.1f ms of it compiling); p50 %.1f ms, p95 %.1f ms"
              .formatted(
                  label,
                  server.perRequestMs(),
                  server.jitPerRequestMs(),
                  http.p50Ms(),
                  http.p95Ms());
      if (request.equals("home")) {
        log(cpuAndLatency);
        continue;
      }
      Http.LoadStats db = stats(direct.get(request), settings.sessions());
      result
          .figure(label, "sqlDirectP50Ms", db.p50Ms())
          .figure(label, "sqlDirectP95Ms", db.p95Ms());
      result.goal(Goal.atMost("dashboard " + label + ": p95", http.p95Ms(), GOAL_MS, "ms"));
      log(
          "%s; the same SQL directly: p50 %.1f ms, p95 %.1f ms"
              .formatted(cpuAndLatency, db.p50Ms(), db.p95Ms()));
    }
    result.note(
        "Data: %d visitors in %s, %d of them expected today (%s) at %s; written as the schema owner in %.1f s."
            .formatted(
                data.visitors(),
                ScaleData.TENANT,
                data.todayAtCentre(),
                data.day(),
                VisitorData.CENTRE,
                data.seconds()));
    result.note(
        "Load: %d signed-in staff sessions (admin@lumiere.test), each GET %s then one ajax POST for the table's second page of %d rows, %d times in all after a warm-up."
            .formatted(settings.sessions(), page, settings.rows(), settings.requests()));
    result.note(
        "serverCpuMsPerRequest: CPU time (user + system, /proc/PID/stat) of the server JVM over %d requests of that kind alone (pages only; then ajax calls only, each session on the view of one page loaded before), less its idle rate (serverIdleCpuMsPerSecond, measured over 3 quiet seconds just after) times the burst's duration, divided by the requests (serverCpuRawMsPerRequest: without taking the idle rate off). Far less sensitive to other programs sharing the cores than p50/p95, which are not the page's own when the machine is busy."
            .formatted(settings.requests()));
    result.note(
        "serverJitCpuMsPerRequest: of that CPU time, what HotSpot's JIT compiler threads used during the burst, per request; near zero once the server is warm. Home page: %s, %d GETs alone, with the same sessions, p50/p95 from them."
            .formatted(home, settings.requests()));
    result.note(
        "SQL directly: %d connections as the application's role, tenant bound with set_config in each transaction, as the app does; each request = the counts per state, then the list's page (first %d rows for the page, the next %d for the ajax call), each in its own transaction, as the dashboard's table model reads them."
            .formatted(settings.sessions(), settings.rows(), settings.rows()));
  }

  private static Http.LoadStats stats(List<Long> nanos, int concurrency) {
    long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
    double seconds = nanos.stream().mapToLong(Long::longValue).sum() / 1e9 / concurrency;
    Map<Integer, Integer> errors = new LinkedHashMap<>();
    long failed = nanos.stream().filter(n -> n < 0).count();
    if (failed > 0) {
      errors.put(Http.NO_ANSWER, (int) failed);
    }
    return Http.LoadStats.of(concurrency, seconds, values, errors, 0);
  }

  /** The dashboard through the whole stack: the page, then its table's next page by ajax. */
  private record Dashboard(String page, String tableId, int rows) {

    /** One round trip of each, checked: a sign-in redirect or an ajax error fails the run. */
    void check(HttpClient client) throws Exception {
      HttpResponse<String> got = get(client);
      if (got.statusCode() != 200 || !got.body().contains(tableId)) {
        throw new IllegalStateException(
            "GET " + page + " answered " + got.statusCode() + " without the table " + tableId);
      }
      HttpResponse<String> ajax = nextPage(client, got.body());
      if (ajax.statusCode() != 200
          || !ajax.body().contains("<partial-response")
          || ajax.body().contains("<error>")
          || ajax.body().contains("<redirect")) {
        throw new IllegalStateException(
            "The lazy-page ajax call answered " + ajax.statusCode() + ": " + ajax.body());
      }
    }

    Map<String, List<Long>> run(List<HttpClient> clients, int requests) throws Exception {
      Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
      nanos.put("page", java.util.Collections.synchronizedList(new ArrayList<>()));
      nanos.put("ajax", java.util.Collections.synchronizedList(new ArrayList<>()));
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(clients.size());
      try {
        List<Future<?>> running = new ArrayList<>();
        for (HttpClient client : clients) {
          running.add(
              pool.submit(
                  () -> {
                    while (next.getAndIncrement() < requests) {
                      long start = System.nanoTime();
                      HttpResponse<String> got = get(client);
                      boolean pageOk = got.statusCode() == 200;
                      nanos.get("page").add(pageOk ? System.nanoTime() - start : -1L);
                      if (!pageOk) {
                        continue;
                      }
                      start = System.nanoTime();
                      HttpResponse<String> ajax = nextPage(client, got.body());
                      boolean ajaxOk = ajax.statusCode() == 200 && !ajax.body().contains("<error>");
                      nanos.get("ajax").add(ajaxOk ? System.nanoTime() - start : -1L);
                    }
                    return null;
                  }));
        }
        for (Future<?> client : running) {
          client.get();
        }
      } finally {
        pool.shutdownNow();
      }
      return nanos;
    }

    /**
     * GETs of {@code url}, {@code requests} in all over the clients, each timed into {@code nanos}
     * when given; returns how many it sent.
     */
    static int getAll(List<HttpClient> clients, String url, int requests, List<Long> nanos)
        throws Exception {
      return each(
          clients,
          requests,
          client -> {
            long start = System.nanoTime();
            HttpResponse<String> got =
                client.send(Http.get(url).build(), HttpResponse.BodyHandlers.ofString());
            require(got.statusCode() == 200, "GET " + url + " answered " + got.statusCode());
            if (nanos != null) {
              nanos.add(System.nanoTime() - start);
            }
          });
    }

    /** Only pages, {@code requests} in all over the clients; returns how many it sent. */
    int pagesOnly(List<HttpClient> clients, int requests) throws Exception {
      return getAll(clients, page, requests, null);
    }

    /** One page per client, whose view {@link #ajaxOnly} then pages. */
    Map<HttpClient, String> views(List<HttpClient> clients) throws Exception {
      Map<HttpClient, String> views = new LinkedHashMap<>();
      for (HttpClient client : clients) {
        views.put(client, get(client).body());
      }
      return views;
    }

    /**
     * Only lazy-page ajax calls: each client pages its table again and again on the view of the
     * page it loaded before, as a receptionist paging through the day does.
     */
    int ajaxOnly(List<HttpClient> clients, Map<HttpClient, String> views, int requests)
        throws Exception {
      return each(
          clients,
          requests,
          client -> {
            HttpResponse<String> ajax = nextPage(client, views.get(client));
            require(
                ajax.statusCode() == 200 && !ajax.body().contains("<error>"),
                "the ajax call answered " + ajax.statusCode() + ": " + ajax.body());
          });
    }

    private static int each(List<HttpClient> clients, int requests, Request request)
        throws Exception {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(clients.size());
      try {
        List<Future<?>> running = new ArrayList<>();
        for (HttpClient client : clients) {
          running.add(
              pool.submit(
                  () -> {
                    while (next.getAndIncrement() < requests) {
                      request.send(client);
                    }
                    return null;
                  }));
        }
        for (Future<?> client : running) {
          client.get();
        }
      } finally {
        pool.shutdownNow();
      }
      return requests;
    }

    private interface Request {
      void send(HttpClient client) throws Exception;
    }

    private static void require(boolean ok, String otherwise) {
      if (!ok) {
        throw new IllegalStateException(otherwise);
      }
    }

    private HttpResponse<String> get(HttpClient client) throws Exception {
      return client.send(Http.get(page).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What PrimeFaces sends when the table's paginator moves to the second page. */
    private HttpResponse<String> nextPage(HttpClient client, String html) throws Exception {
      Matcher viewState = VIEW_STATE.matcher(html);
      if (!viewState.find()) {
        throw new IllegalStateException("No view state on " + page);
      }
      String form = tableId.substring(0, tableId.indexOf(':'));
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", tableId);
      fields.put("jakarta.faces.partial.execute", tableId);
      fields.put("jakarta.faces.partial.render", tableId);
      fields.put("jakarta.faces.behavior.event", "page");
      fields.put("jakarta.faces.partial.event", "page");
      fields.put(tableId + "_pagination", "true");
      fields.put(tableId + "_first", Integer.toString(rows));
      fields.put(tableId + "_rows", Integer.toString(rows));
      fields.put(tableId + "_skipChildren", "true");
      fields.put(tableId + "_encodeFeature", "true");
      fields.put(form, form);
      fields.put(form + "_SUBMIT", "1");
      fields.put("jakarta.faces.ViewState", viewState.group(1));
      String body =
          fields.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return client.send(
          HttpRequest.newBuilder(java.net.URI.create(page))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .header("Faces-Request", "partial/ajax")
              .header("X-Requested-With", "XMLHttpRequest")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /** The same SQL straight to PostgreSQL, as the application's role with the tenant bound. */
  private record Sql(Database database, VisitorData.Counts data, int rows) {

    Map<String, List<Long>> run(int connections, int requests) throws Exception {
      Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
      nanos.put("page", java.util.Collections.synchronizedList(new ArrayList<>()));
      nanos.put("ajax", java.util.Collections.synchronizedList(new ArrayList<>()));
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(connections);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
          running.add(
              pool.submit(
                  () -> {
                    try (Connection c = database.asApp()) {
                      c.setAutoCommit(false);
                      while (next.getAndIncrement() < requests) {
                        nanos.get("page").add(timed(c, 0));
                        nanos.get("ajax").add(timed(c, rows));
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> connection : running) {
          connection.get();
        }
      } finally {
        pool.shutdownNow();
      }
      return nanos;
    }

    /**
     * One request's statements as the application runs them: the counts per state, then the rows,
     * each in its own transaction that first binds the tenant.
     */
    private long timed(Connection c, int first) throws SQLException {
      long start = System.nanoTime();
      bindTenant(c);
      try (PreparedStatement states =
          c.prepareStatement("SELECT state, count(id)" + WHERE + " GROUP BY state")) {
        drain(bindDay(states));
      }
      c.commit();
      bindTenant(c);
      try (PreparedStatement list =
          c.prepareStatement(
              "SELECT " + COLUMNS + WHERE + " ORDER BY visit_time, id LIMIT ? OFFSET ?")) {
        bindDay(list).setInt(4, rows);
        list.setInt(5, first);
        drain(list);
      }
      c.commit();
      return System.nanoTime() - start;
    }

    private void bindTenant(Connection c) throws SQLException {
      try (PreparedStatement bind =
          c.prepareStatement("SELECT set_config('atrium.tenant_id', ?, true)")) {
        bind.setString(1, Long.toString(data.tenantId()));
        drain(bind);
      }
    }

    private PreparedStatement bindDay(PreparedStatement statement) throws SQLException {
      statement.setLong(1, data.tenantId());
      statement.setLong(2, data.centreId());
      statement.setObject(3, data.day());
      return statement;
    }

    private static void drain(PreparedStatement statement) throws SQLException {
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rs.getObject(1);
        }
      }
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void log(String message) {
    System.out.println("[bench] B3 " + message);
  }
}
