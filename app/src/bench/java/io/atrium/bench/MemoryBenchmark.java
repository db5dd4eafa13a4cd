package io.atrium.bench;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * B5: resident memory of the server JVM, idle and after a burst of page requests, for Atrium and
 * the baseline, with the burst's throughput and latency as a by-product. Atrium's clients sign in
 * first: its pages need a signed-in person, and a burst of redirects to the sign-in page would
 * measure neither the page nor its memory.
 */
public final class MemoryBenchmark implements Benchmark {

  private static final double MAX_RATIO = 2;

  @Override
  public String id() {
    return "B5";
  }

  @Override
  public String title() {
    return "Memory (RSS) idle and after page requests";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    Result result = new Result(id(), title());
    Map<String, double[]> rss = new LinkedHashMap<>();
    for (ServerSpec spec : new ServerSpec[] {context.empty(), context.app()}) {
      rss.put(spec.label(), measure(context, spec, result));
    }
    double[] app = rss.get("app");
    double[] empty = rss.get("empty");
    BenchConfig config = context.config();
    result
        .goal(Goal.atMost("app idle RSS / empty idle RSS", app[0] / empty[0], MAX_RATIO, "x"))
        .goal(Goal.atMost("app RSS / empty RSS after requests", app[1] / empty[1], MAX_RATIO, "x"))
        .note(
            "RSS = VmRSS of the server JVM; idle = %d s after ready; then %d GETs of the page by %d clients, one session each."
                .formatted(config.settle().toSeconds(), config.requests(), config.concurrency()))
        .note(
            "Pages: app "
                + context.app().pagePath()
                + " (dashboard, full layout; each client signed in once as "
                + context.app().user().email()
                + "), empty "
                + context.empty().pagePath()
                + " (static, anonymous).")
        .note(
            "serverCpuMsPerRequest = CPU time (user + system, /proc/PID/stat) the server JVM used during the requests, less its idle rate (serverIdleCpuMsPerSecond, over 3 quiet seconds just after) times the burst's duration, divided by the requests (serverCpuRawMsPerRequest: without taking the idle rate off); far less sensitive than req/s and latency to other programs sharing the cores. No warm-up: the first requests' JIT work is included.")
        .note(
            "otherProcessesRssMb = the embedded PostgreSQL's processes, summed (shared buffers"
                + " counted in each, so an upper bound); not part of the goal.");
    return result;
  }

  /** Returns {idle RSS, RSS after the requests} of the server JVM, in MB. */
  private static double[] measure(BenchContext context, ServerSpec spec, Result result)
      throws Exception {
    Servers servers = context.servers();
    BenchConfig config = context.config();
    context.setup().ensureCreated(spec);
    Servers.Started started = servers.start(spec, false);
    try {
      Thread.sleep(config.settle().toMillis());
      double idle = Procs.rssMb(started.pid());
      System.out.printf("[bench] B5 %s: idle RSS %.0f MB, sending requests%n", spec.name(), idle);
      // Signed in before the clock starts, each client once with its own session.
      List<HttpClient> clients = context.pageClients(spec, config.concurrency());
      Http.LoadStats[] burst = new Http.LoadStats[1];
      ServerCpu cpu =
          ServerCpu.of(
              started.pid(),
              () -> {
                burst[0] =
                    context
                        .http()
                        .load(
                            clients,
                            Http.get(spec.url(spec.pagePath())).build(),
                            config.requests());
                return burst[0].requests();
              });
      Http.LoadStats load = burst[0];
      double cpuPerRequest = cpu.perRequestMs();
      double loaded = Procs.rssMb(started.pid());
      double others = Procs.rssMb(servers.companions(spec));
      System.out.printf(
          "[bench] B5 %s: RSS after %d requests %.0f MB, %.0f req/s, p50 %.1f ms, server CPU %.1f ms per request%n",
          spec.name(), load.requests(), loaded, load.perSecond(), load.p50Ms(), cpuPerRequest);
      String s = spec.label();
      result
          .figure(s, "idleRssMb", Report.round(idle))
          .figure(s, "loadedRssMb", Report.round(loaded))
          .figure(s, "otherProcessesRssMb", Report.round(others))
          .figure(s, "requests", load.requests())
          .figure(s, "errors", load.errors())
          .figure(s, "requestsPerSecond", Report.round(load.perSecond()))
          .figure(s, "p50Ms", Report.round(load.p50Ms()))
          .figure(s, "p95Ms", Report.round(load.p95Ms()))
          .figure(s, "maxMs", Report.round(load.maxMs()))
          .figure(s, "serverCpuMsPerRequest", Report.round(cpuPerRequest))
          .figure(s, "serverCpuRawMsPerRequest", Report.round(cpu.rawPerRequestMs()))
          .figure(s, "serverIdleCpuMsPerSecond", Report.round(cpu.idleMsPerSecond()))
          .figure(s, "pageBytes", load.bytesPerPage());
      if (load.errors() > 0) {
        result.note(
            spec.label()
                + ": "
                + load.errors()
                + " requests did not return 200 ("
                + load.statusSummary()
                + "): the figures are not the page's");
      }
      return new double[] {idle, loaded};
    } finally {
      servers.stop(spec);
    }
  }
}
