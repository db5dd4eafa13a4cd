package io.atrium.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * B7: what row-level security costs a read through the whole stack. The companies list is read
 * through the API and through its page, on the same data (10,000 companies in one tenant, 100
 * tenants), with PostgreSQL's row-level security on and off for every tenant table; throughput with
 * it on must be at least 90% of throughput with it off, for the API and for the page each.
 *
 * <p>The modes alternate in rounds whose order flips each time (on, off | off, on | ...), after a
 * warm-up in both, so that drift of the shared machine's load and of the JIT falls on both modes
 * alike. The database is left with row security on, and checked: if it cannot be restored the run
 * fails, whatever the figures.
 */
public final class RlsBenchmark implements Benchmark {

  private static final double MIN_RATIO = 0.9;

  @Override
  public String id() {
    return "B7";
  }

  @Override
  public String title() {
    return "Companies list (API and page) with row-level security on vs off";
  }

  /** One thing measured: the API request or the page, and the clients that send it. */
  private record Target(String label, String path, List<HttpClient> clients) {}

  /** Per target, per mode (true = security on), the measurement of each round. */
  private final Map<String, Map<Boolean, List<Http.LoadStats>>> runs = new LinkedHashMap<>();

  @Override
  public Result run(BenchContext context) throws Exception {
    Result result = new Result(id(), title());
    runs.clear();
    ServerSpec app = context.app();
    context.setup().ensureCreated(app);
    context.servers().start(app, false);
    try {
      measure(context, app, result);
    } finally {
      context.servers().stop(app);
    }
    return result;
  }

  private void measure(BenchContext context, ServerSpec app, Result result) throws Exception {
    BenchConfig.Rls settings = context.config().rls();
    int concurrency = context.config().concurrency();
    RowSecurity security = new RowSecurity(context.setup().database());
    security.require(true);
    // Signing in first also waits for the demo tenants, which the data goes into.
    List<HttpClient> pageClients = context.pageClients(app, concurrency);
    ScaleData.Counts counts = ScaleData.seed(context.setup().database());
    log(
        "data: %d tenants (%d written by the harness), %d companies in %s (%d written) over %d centres, in %.1f s"
            .formatted(
                counts.tenants(),
                counts.benchTenants(),
                counts.tenantCompanies(),
                ScaleData.TENANT,
                counts.benchCompanies(),
                counts.centres(),
                counts.seconds()));
    List<HttpClient> apiClients = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      apiClients.add(Http.newClient());
    }
    List<Target> targets =
        List.of(
            new Target("API", settings.apiPath(), apiClients),
            new Target("page", settings.pagePath(), pageClients));
    Map<String, String> unmeasurable = new LinkedHashMap<>();
    for (Target target : targets) {
      int status = Http.status(target.clients().get(0), request(app, target));
      if (status != 200) {
        String why = status == 404 ? "endpoint missing (404)" : "answered " + status;
        unmeasurable.put(target.label(), why);
        log(target.label() + " " + target.path() + ": " + why + ", not measured");
      }
    }
    List<Target> live = targets.stream().filter(t -> !unmeasurable.containsKey(t.label())).toList();
    long allCompanies = 0;
    if (live.isEmpty()) {
      result.note("Nothing to measure: row-level security was not switched off at all.");
    } else {
      allCompanies = alternate(context, app, security, live, settings);
    }
    report(result, app, targets, unmeasurable, counts, allCompanies, settings, concurrency);
  }

  /**
   * Warm-up in both modes, then the rounds; row security is back on afterwards, or the run fails.
   * Returns how many companies (all tenants) the application's role saw with security off.
   */
  private long alternate(
      BenchContext context,
      ServerSpec app,
      RowSecurity security,
      List<Target> targets,
      BenchConfig.Rls settings)
      throws Exception {
    long allCompanies;
    try {
      for (boolean on : new boolean[] {true, false}) {
        security.set(on);
        for (Target target : targets) {
          // As long as a measurement: a shorter one left the JIT still warming in round 1.
          Http.LoadStats warm = load(context, app, target, settings.requests());
          log(
              "warm-up %s, RLS %s: %.1f req/s"
                  .formatted(target.label(), mode(on), warm.perSecond()));
        }
      }
      allCompanies = security.companiesSeenWithoutTenant();
      for (int round = 0; round < settings.rounds(); round++) {
        boolean[] order =
            round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true};
        for (boolean on : order) {
          security.set(on);
          for (Target target : targets) {
            Http.LoadStats stats = load(context, app, target, settings.requests());
            runs.computeIfAbsent(target.label(), t -> new LinkedHashMap<>())
                .computeIfAbsent(on, o -> new ArrayList<>())
                .add(stats);
            log(
                "round %d, RLS %s, %s: %.1f req/s, p50 %.1f ms, p95 %.1f ms%s"
                    .formatted(
                        round + 1,
                        mode(on),
                        target.label(),
                        stats.perSecond(),
                        stats.p50Ms(),
                        stats.p95Ms(),
                        stats.errors() == 0 ? "" : ", NOT 200: " + stats.statusSummary()));
          }
        }
      }
    } catch (Exception e) {
      try {
        restore(security);
      } catch (Exception notRestored) {
        e.addSuppressed(notRestored);
      }
      throw e;
    }
    restore(security);
    return allCompanies;
  }

  /** Row security back on for every tenant table, checked; the run fails loudly otherwise. */
  private static void restore(RowSecurity security) throws Exception {
    Exception last = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        security.set(true);
        log("row-level security restored and checked on every tenant table");
        return;
      } catch (Exception e) {
        last = e;
        Thread.sleep(2000);
      }
    }
    System.err.println(
        "[bench] B7: ROW-LEVEL SECURITY IS NOT BACK ON in the bench database: " + last);
    throw new IllegalStateException("B7 could not restore row-level security", last);
  }

  private static Http.LoadStats load(
      BenchContext context, ServerSpec app, Target target, int requests) throws Exception {
    return context.http().load(target.clients(), request(app, target), requests);
  }

  /** The API request carries a fresh token (they last 15 minutes); the page relies on sessions. */
  private static HttpRequest request(ServerSpec app, Target target) throws Exception {
    HttpRequest.Builder request = Http.get(app.url(target.path()));
    if (target.label().equals("API")) {
      request
          .header("Authorization", "Bearer " + SignIn.token(app.base(), app.user()))
          .header("Accept", "application/json");
    }
    return request.build();
  }

  private void report(
      Result result,
      ServerSpec app,
      List<Target> targets,
      Map<String, String> unmeasurable,
      ScaleData.Counts counts,
      long allCompanies,
      BenchConfig.Rls settings,
      int concurrency) {
    for (Target target : targets) {
      String goal = target.label() + " " + target.path() + ": req/s RLS on / RLS off";
      if (unmeasurable.containsKey(target.label())) {
        result.goal(Goal.unmeasured(goal, MIN_RATIO, "x", true, unmeasurable.get(target.label())));
        continue;
      }
      Map<Boolean, Http.LoadStats> pooled = new LinkedHashMap<>();
      for (boolean on : new boolean[] {true, false}) {
        List<Http.LoadStats> rounds = runs.get(target.label()).get(on);
        Http.LoadStats all = Http.LoadStats.pooled(rounds);
        pooled.put(on, all);
        String subject = target.label() + ", RLS " + mode(on);
        result
            .figure(subject, "requests", all.requests())
            .figure(subject, "errors", all.errors())
            .figure(subject, "requestsPerSecond", Report.round(all.perSecond()))
            .figure(
                subject,
                "requestsPerSecondByRound",
                rounds.stream()
                    .map(r -> Report.number(Report.round(r.perSecond())))
                    .collect(Collectors.joining(" / ")))
            .figure(subject, "p50Ms", Report.round(all.p50Ms()))
            .figure(subject, "p95Ms", Report.round(all.p95Ms()))
            .figure(subject, "maxMs", Report.round(all.maxMs()))
            .figure(subject, "responseBytes", all.bytesPerPage());
      }
      Http.LoadStats on = pooled.get(true);
      Http.LoadStats off = pooled.get(false);
      if (on.errors() + off.errors() > 0) {
        String statuses = "not all 200: on " + on.statusSummary() + "; off " + off.statusSummary();
        result.goal(Goal.unmeasured(goal, MIN_RATIO, "x", true, statuses));
      } else {
        result.goal(Goal.atLeast(goal, on.perSecond() / off.perSecond(), MIN_RATIO, "x"));
      }
    }
    result
        .note(
            "Data: %d tenants (%d bench-NNN with 1 centre and %d companies each), %d companies in %s (%d 'Bench Company NNNNN') over %d centres%s; written as the schema owner in %.1f s."
                .formatted(
                    counts.tenants(),
                    counts.benchTenants(),
                    ScaleData.COMPANIES_PER_BENCH_TENANT,
                    counts.tenantCompanies(),
                    ScaleData.TENANT,
                    counts.benchCompanies(),
                    counts.centres(),
                    allCompanies > 0 ? ", %d companies in all tenants".formatted(allCompanies) : "",
                    counts.seconds()))
        .note(
            "Requests: GET %s (bearer token) and GET %s (signed-in session), as %s, %d clients; %d requests per target per measurement, %d rounds per mode in the order on, off | off, on | ..., after a warm-up in both modes."
                .formatted(
                    settings.apiPath(),
                    settings.pagePath(),
                    app.user().email(),
                    concurrency,
                    settings.requests(),
                    settings.rounds()))
        .note(
            "RLS off = NO FORCE + DISABLE ROW LEVEL SECURITY on every table with a tenant_id"
                + " column (the application's tenant filter still applies); on = ENABLE + FORCE."
                + " Each switch is checked in pg_class and by what the application's role sees"
                + " without a tenant (0 companies when on); the database is left on, checked.")
        .note("Throughput per mode = its requests over its summed time; percentiles over all.");
  }

  private static String mode(boolean on) {
    return on ? "on" : "off";
  }

  private static void log(String message) {
    System.out.println("[bench] B7 " + message);
  }
}
