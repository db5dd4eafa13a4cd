package io.atrium.bench;

import io.atrium.testing.Haproxy;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B8: the same mixed load (the reception page, the tickets API, the companies API, signed in as the
 * demo operator's super administrator) through HAProxy to one Atrium server, then to two on the
 * same database and the same cores. On one machine the second server cannot add cores, so the ratio
 * shows what running two costs (goal: at least 0.9 of one server's throughput); on separate
 * machines it would grow with the servers until the shared PostgreSQL or the proxy limits it.
 *
 * <p>One server first (the default, no cluster) behind a proxy of its own, then it stops and two
 * start as members of one cluster behind another; each setup is warmed up with as many requests per
 * server before its rounds.
 */
public final class ClusterBenchmark implements Benchmark {

  private static final double MIN_RATIO = 0.9;

  @Override
  public String id() {
    return "B8";
  }

  @Override
  public String title() {
    return "Mixed load through HAProxy: one server vs two on the same cores";
  }

  /** One setup measured: its proxy and its signed-in clients. */
  private record Target(String label, String base, List<Client> clients, List<Long> servers) {}

  /** A person: a page session (through the proxy, kept on one server by its cookie) and a token. */
  private record Client(HttpClient http, String token) {}

  /** The mix, in the order each client sends it: a page, then the two API lists. */
  private static final List<String> MIX =
      List.of(
          "/reception/dashboard.xhtml",
          "/api/tickets?page=0&size=25",
          "/api/companies?page=0&size=50&q=");

  @Override
  public Result run(BenchContext context) throws Exception {
    Result result = new Result(id(), title());
    BenchConfig.Cluster settings = context.config().cluster();
    ServerSpec first = context.app();
    ServerSpec second = context.setup().secondApp();
    Path proxies = context.config().out().resolve("b8");
    context.setup().ensureCreated(first);
    context.setup().ensureCreated(second);
    int concurrency = context.config().concurrency();
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    // One server as Atrium runs by default: no cluster.
    long firstPid = context.servers().start(first, false).pid();
    try (Haproxy one =
        Haproxy.start(proxies.resolve("one"), settings.proxy() + 1, List.of(backend(first, "a")))) {
      runs.put(
          "1 server",
          measure(
              new Target(
                  "1 server", base(one), clients(base(one), first, concurrency), List.of(firstPid)),
              settings,
              1));
    } finally {
      context.servers().stop(first);
    }
    // Two servers as an operator runs them: the cluster on (sessions replicated through Hazelcast,
    // pushes through PostgreSQL). The second starts after the first: its database and token key
    // are the first's.
    String members =
        "127.0.0.1:" + (settings.proxy() + 10) + ",127.0.0.1:" + (settings.proxy() + 11);
    ServerSpec firstMember = member(first, members, settings.proxy() + 10);
    ServerSpec secondMember = member(second, members, settings.proxy() + 11);
    long firstMemberPid = context.servers().start(firstMember, true).pid();
    try {
      long secondMemberPid = context.servers().start(secondMember, true).pid();
      try (Haproxy both =
          Haproxy.start(
              proxies.resolve("two"),
              settings.proxy(),
              List.of(backend(firstMember, "a"), backend(secondMember, "b")))) {
        runs.put(
            "2 servers",
            measure(
                new Target(
                    "2 servers",
                    base(both),
                    clients(base(both), first, concurrency),
                    List.of(firstMemberPid, secondMemberPid)),
                settings,
                2));
      }
    } finally {
      context.servers().stop(secondMember);
      context.servers().stop(firstMember);
    }
    report(runs, settings, concurrency, result);
    return result;
  }

  /** The server as a member of the cluster: CLUSTER=on, its own Hazelcast port, both members. */
  private static ServerSpec member(ServerSpec spec, String members, int port) {
    Map<String, String> env = new LinkedHashMap<>(spec.env());
    env.put("CLUSTER", clusterMode());
    env.put("CLUSTER_MEMBERS", members);
    env.put("CLUSTER_PORT", Integer.toString(port));
    env.put("CLUSTER_INTERFACE", "127.0.0.1");
    return new ServerSpec(
        spec.name(),
        spec.label(),
        spec.httpPort(),
        spec.readyPaths(),
        spec.pagePath(),
        spec.user(),
        Map.copyOf(env),
        spec.companionPidFiles());
  }

  /**
   * {@code -Dbench.b8.cluster=off} runs the pair without the session cache (a diagnosis, not
   * Atrium's way to run two servers: a dead server's users would sign in again), which splits the
   * ratio into what a second server on the same cores costs and what the session cache adds.
   */
  private static String clusterMode() {
    String mode = System.getProperty("bench.b8.cluster", "");
    if (mode.isBlank()) {
      return "on";
    }
    if (!mode.equals("on") && !mode.equals("off")) {
      throw new IllegalArgumentException("-Dbench.b8.cluster must be on or off: " + mode);
    }
    return mode;
  }

  private static Haproxy.Backend backend(ServerSpec spec, String name) {
    return new Haproxy.Backend(name, spec.httpPort());
  }

  /**
   * A warm-up giving each server the same share, then the rounds. The share is long (3,000 mixed
   * requests): after 600 a lone server still gained a third in its next rounds as the JIT compiled
   * on, and two servers share each round, so with a short one the pair was always measured colder.
   * Even after it both setups were still compiling, so the warm-up goes on in bursts until the
   * servers' JIT is done ({@link Settling#untilCompiled}), and the rounds measure the setup as it
   * runs for days, not as it starts. The rule before stopped once two measurements in a row were at
   * most 5 % faster than the best before them: a lone server then still went from 405 to 477 req/s
   * over its three rounds.
   */
  private List<Run> measure(Target setup, BenchConfig.Cluster settings, int servers)
      throws Exception {
    Run warm = load(setup, Math.max(settings.warmUp(), 1) * servers);
    log("warm-up %s: %s".formatted(setup.label(), warm));
    Settling.untilCompiled(
        setup.servers(),
        index -> load(setup, settings.settle()).toString(),
        message -> log(setup.label() + " " + message));
    List<Run> rounds = new ArrayList<>();
    for (int round = 0; round < settings.rounds(); round++) {
      Run run = load(setup, settings.requests());
      rounds.add(run);
      log("round %d, %s: %s".formatted(round + 1, setup.label(), run));
    }
    return rounds;
  }

  private void report(
      Map<String, List<Run>> runs, BenchConfig.Cluster settings, int concurrency, Result result) {
    Run single = Run.pooled(runs.get("1 server"));
    Run pair = Run.pooled(runs.get("2 servers"));
    // In this order in the report's table (Map.of's order changes from run to run).
    Map<String, Run> setups = new LinkedHashMap<>();
    setups.put("1 server", single);
    setups.put("2 servers", pair);
    for (var entry : setups.entrySet()) {
      Run run = entry.getValue();
      result
          .figure(entry.getKey(), "reqPerSecond", Report.round(run.perSecond()))
          .figure(entry.getKey(), "p50Ms", Report.round(run.p50Ms()))
          .figure(entry.getKey(), "p95Ms", Report.round(run.p95Ms()))
          .figure(entry.getKey(), "requests", run.requests())
          .figure(entry.getKey(), "notOk", run.statuses().toString())
          .figure(entry.getKey(), "answeredBy", run.servers().toString())
          .figure(entry.getKey(), "meanMsByServer", run.meanMsByServer().toString())
          .figure(
              entry.getKey(), "serverCpuMsPerRequest", Report.round(run.serverCpuMsPerRequest()));
    }
    String description = "req/s with 2 servers / with 1, same cores";
    if (!single.statuses().isEmpty() || !pair.statuses().isEmpty()) {
      result.goal(
          Goal.unmeasured(
              description,
              MIN_RATIO,
              "x",
              true,
              "answers other than 200: 1 server "
                  + single.statuses()
                  + ", 2 servers "
                  + pair.statuses()));
    } else {
      result.goal(Goal.atLeast(description, pair.perSecond() / single.perSecond(), MIN_RATIO, "x"));
    }
    result.note(
        ("%d clients, each signed in once through the proxy (pages stay on the server that signed"
                + " it in) and with an API token, send %s in turn; %d requests per measurement, %d"
                + " rounds per setup after a warm-up of %d requests per server, then %s."
                + " 1 server: the default, no cluster; 2 servers:"
                + " %s. On one"
                + " machine the second server adds no cores: the ratio is what clustering costs. On separate machines"
                + " throughput would grow with the servers until the one PostgreSQL (connections:"
                + " DB_POOL_MAX per server, CPU, row locks) or the proxy limits it.")
            .formatted(
                concurrency,
                MIX,
                settings.requests(),
                settings.rounds(),
                settings.warmUp(),
                Settling.described(settings.settle()),
                clusterMode().equals("on")
                    ? "CLUSTER=on (Hazelcast session replication, pushes through PostgreSQL)"
                    : "CLUSTER=off (-Dbench.b8.cluster=off: no session cache, a diagnosis only)"));
  }

  private static String base(Haproxy proxy) {
    String base = proxy.base();
    return base.substring(0, base.length() - 1);
  }

  /**
   * Signed-in clients. Their cookies are kept as a browser behind a TLS proxy keeps them: a server
   * on an external database marks its session cookie Secure, which java.net.http would otherwise
   * never send back over plain HTTP.
   */
  private static List<Client> clients(String base, ServerSpec spec, int count) throws Exception {
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .cookieHandler(new SecureOverHttp())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      String failure = SignIn.page(http, base, spec.user());
      if (failure != null) {
        throw new IllegalStateException("sign-in through " + base + ": " + failure);
      }
      clients.add(new Client(http, SignIn.token(base, spec.user())));
    }
    return clients;
  }

  /** Figures of one or several pooled measurements. */
  private record Run(
      int requests,
      double seconds,
      long[] sortedNanos,
      Map<Integer, Integer> statuses,
      Map<String, Integer> servers,
      Map<String, Long> serverNanos,
      double serverCpuMs) {

    /** Mean latency per answering server, to tell a slow server from a slow setup. */
    Map<String, String> meanMsByServer() {
      Map<String, String> means = new TreeMap<>();
      servers.forEach(
          (server, count) ->
              means.put(
                  server, "%.1f".formatted(serverNanos.getOrDefault(server, 0L) / 1e6 / count)));
      return means;
    }

    double perSecond() {
      return requests / seconds;
    }

    /**
     * The CPU the setup's servers used per request, together. On two shared cores throughput
     * follows it; it tells requests that became dearer from a machine busy with other work, which
     * lowers req/s alone.
     */
    double serverCpuMsPerRequest() {
      return requests == 0 ? 0 : serverCpuMs / requests;
    }

    double p50Ms() {
      return percentile(50);
    }

    double p95Ms() {
      return percentile(95);
    }

    private double percentile(int p) {
      if (sortedNanos.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
      return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    static Run pooled(List<Run> runs) {
      long[] nanos = runs.stream().flatMapToLong(r -> Arrays.stream(r.sortedNanos())).toArray();
      Arrays.sort(nanos);
      Map<Integer, Integer> statuses = new TreeMap<>();
      Map<String, Integer> servers = new TreeMap<>();
      Map<String, Long> serverNanos = new TreeMap<>();
      runs.forEach(r -> r.statuses().forEach((k, v) -> statuses.merge(k, v, Integer::sum)));
      runs.forEach(r -> r.servers().forEach((k, v) -> servers.merge(k, v, Integer::sum)));
      runs.forEach(r -> r.serverNanos().forEach((k, v) -> serverNanos.merge(k, v, Long::sum)));
      return new Run(
          nanos.length,
          runs.stream().mapToDouble(Run::seconds).sum(),
          nanos,
          statuses,
          servers,
          serverNanos,
          runs.stream().mapToDouble(Run::serverCpuMs).sum());
    }

    @Override
    public String toString() {
      return ("%.1f req/s, p50 %.1f ms, p95 %.1f ms, by %s, mean ms by server %s, server CPU"
              + " %.2f ms per request%s")
          .formatted(
              perSecond(),
              p50Ms(),
              p95Ms(),
              servers,
              meanMsByServer(),
              serverCpuMsPerRequest(),
              statuses.isEmpty() ? "" : ", NOT 200: " + statuses);
    }
  }

  /**
   * {@code requests} requests of the mix from the setup's clients, each sending its next when its
   * previous answer arrives; anything but 200 is counted apart.
   */
  private static Run load(Target setup, int requests) throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    Map<String, Integer> servers = new ConcurrentHashMap<>();
    Map<String, Long> serverNanos = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(setup.clients().size());
    double cpuBefore = cpuMillis(setup.servers());
    long begin = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Client client : setup.clients()) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String path = MIX.get(i % MIX.size());
                    HttpRequest.Builder request = Http.get(setup.base() + path);
                    if (path.startsWith("/api/")) {
                      request
                          .header("Authorization", "Bearer " + client.token())
                          .header("Accept", "application/json");
                    }
                    long start = System.nanoTime();
                    try {
                      HttpResponse<byte[]> response =
                          client
                              .http()
                              .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                      if (response.statusCode() != 200) {
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                      }
                      long took = System.nanoTime() - start;
                      String server = response.headers().firstValue(Haproxy.SERVED_BY).orElse("?");
                      servers.merge(server, 1, Integer::sum);
                      serverNanos.merge(server, took, Long::sum);
                    } catch (IOException e) {
                      statuses.merge(Http.NO_ANSWER, 1, Integer::sum);
                    }
                    latencies[i] = System.nanoTime() - start;
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
    double seconds = (System.nanoTime() - begin) / 1e9;
    double cpu = cpuMillis(setup.servers()) - cpuBefore;
    Arrays.sort(latencies);
    return new Run(
        requests,
        seconds,
        latencies,
        new TreeMap<>(statuses),
        new TreeMap<>(servers),
        new TreeMap<>(serverNanos),
        cpu);
  }

  private static double cpuMillis(List<Long> pids) {
    return pids.stream().mapToDouble(Procs::cpuMillis).sum();
  }

  /** Cookies stored and sent as if every plain-HTTP address were its HTTPS one. */
  private static final class SecureOverHttp extends CookieHandler {
    private final CookieManager cookies = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
        throws IOException {
      return cookies.get(https(uri), headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      cookies.put(https(uri), headers);
    }

    private static URI https(URI uri) {
      return URI.create("https" + uri.toString().substring(uri.getScheme().length()));
    }
  }

  private static void log(String line) {
    System.out.println("[bench] B8: " + line);
  }
}
