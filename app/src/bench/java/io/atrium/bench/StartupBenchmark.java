package io.atrium.bench;

import java.net.http.HttpClient;
import java.util.List;

/**
 * B4: time from {@code bin/server start} to ready, cold (new server, new data directory: the
 * embedded PostgreSQL runs initdb) and warm (second start), for Atrium and for the baseline.
 */
public final class StartupBenchmark implements Benchmark {

  private static final double MAX_SECONDS = 10;
  private static final double MAX_RATIO = 2;

  /** PageStatusAtReady when the page could not be asked for: its user could not sign in. */
  private static final int SIGN_IN_FAILED = -2;

  @Override
  public String id() {
    return "B4";
  }

  @Override
  public String title() {
    return "Start time to ready";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    Result result = new Result(id(), title());
    // Baseline first: the app's cold start would otherwise also warm the OS file cache for it.
    Timings empty = measure(context, context.empty(), result);
    Timings app = measure(context, context.app(), result);
    result
        .goal(Goal.atMost("app cold start", app.cold, MAX_SECONDS, "s"))
        .goal(Goal.atMost("app warm start", app.warm, MAX_SECONDS, "s"))
        .goal(Goal.atMost("app cold start / empty cold", app.cold / empty.cold, MAX_RATIO, "x"))
        .goal(Goal.atMost("app warm start / empty warm", app.warm / empty.warm, MAX_RATIO, "x"))
        .note(
            "Ready = GET of "
                + context.app().readyPaths()
                + " (app) and "
                + context.empty().readyPaths()
                + " (empty) all return 200, timed from launching bin/server start."
                + " Cold = new server and workarea (and new database: initdb); warm = next start."
                + " PageStatusAtReady = the page (app: signed in) just after ready, untimed;"
                + " -2 when the sign-in failed.")
        .note(
            "StartCommandSeconds = when bin/server start returned: Liberty's own 'started',"
                + " after the applications started.");
    return result;
  }

  private record Timings(double cold, double warm) {}

  private static Timings measure(BenchContext context, ServerSpec spec, Result result)
      throws Exception {
    Servers servers = context.servers();
    context.setup().recreate(spec);
    double[] ready = new double[2];
    for (int i = 0; i < 2; i++) {
      String phase = List.of("cold", "warm").get(i);
      log(spec, phase + " start");
      Servers.Started started = servers.start(spec, i == 0);
      ready[i] = started.readySeconds();
      int page = pageStatus(context, spec);
      Servers.Stopped stopped = servers.stop(spec);
      log(spec, phase + " ready in %.2f s, page %d".formatted(ready[i], page));
      result
          .figure(spec.label(), phase + "StartSeconds", Report.round(started.readySeconds()))
          .figure(
              spec.label(), phase + "StartCommandSeconds", Report.round(started.commandSeconds()))
          .figure(spec.label(), phase + "PageStatusAtReady", page);
      if (stopped.companions() > 0) {
        // The embedded PostgreSQL must end with the server, or it holds its port and data lock.
        result.figure(
            spec.label(), phase + "DatabaseStoppedWithServer", stopped.companionsStopped());
        if (!stopped.companionsStopped()) {
          result.note(
              spec.label()
                  + ": processes left after stop, ended by the harness: "
                  + stopped.leftovers());
        }
      }
    }
    return new Timings(ready[0], ready[1]);
  }

  /**
   * The page's status at ready for a client signed in as the spec's user (the app's pages need one:
   * anonymous, the answer would be the redirect to the sign-in page), or for anyone.
   */
  private static int pageStatus(BenchContext context, ServerSpec spec) throws Exception {
    HttpClient client;
    try {
      client = context.pageClients(spec, 1).get(0);
    } catch (IllegalStateException signInFailed) {
      log(spec, signInFailed.getMessage());
      return SIGN_IN_FAILED;
    }
    return Http.status(client, Http.get(spec.url(spec.pagePath())).build());
  }

  private static void log(ServerSpec spec, String message) {
    System.out.println("[bench] B4 " + spec.name() + ": " + message);
  }
}
