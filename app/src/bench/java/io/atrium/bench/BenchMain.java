package io.atrium.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks and writes the report. Exits non-zero only when a measurement cannot be made
 * (a server does not start, B7's data is not as intended) or B7 cannot put row-level security back
 * on; missed goals are reported, not failed, because figures on a shared machine are too noisy to
 * gate a build on.
 *
 * <p>Run by {@code ./mvnw -Pbench verify -DskipTests}; {@code -Dbench.only=B5,B7} runs a subset
 * (ids separated by commas).
 */
public final class BenchMain {

  /** Every benchmark, in run order. A new benchmark is a class added here. */
  private static final List<Benchmark> BENCHMARKS =
      List.of(
          new StartupBenchmark(),
          new MemoryBenchmark(),
          new RlsBenchmark(),
          new ReceptionBenchmark(),
          new ClusterBenchmark(),
          // i13-billing
          new BillingRunBenchmark(),
          // i14-bookings
          new BookingBenchmark(),
          new CardImportBenchmark());

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchConfig config = BenchConfig.fromSystemProperties();
    Instant started = Instant.now();
    Map<String, Object> machine = Machine.describe();
    Servers servers =
        new Servers(config.wlp(), config.out().resolve("logs"), config.startTimeout());
    // Also on Ctrl-C: a server left running would hold the ports for the next run.
    Runtime.getRuntime().addShutdownHook(new Thread(servers::stopAll));
    Setup setup = new Setup(config, servers);
    BenchContext context = new BenchContext(config, servers, setup, new Http());
    List<Result> results = new ArrayList<>();
    // Logs of this run only: the launcher's output is appended per server.
    Servers.deleteRecursively(config.out().resolve("logs"));
    try {
      for (Benchmark benchmark : selected()) {
        System.out.println("[bench] " + benchmark.id() + ": " + benchmark.title());
        results.add(benchmark.run(context));
      }
    } finally {
      servers.stopAll();
    }
    String summary = new Report(started, machine, settings(config), results).write(config.out());
    System.out.println();
    System.out.println(summary);
    System.out.println(
        "[bench] written to " + config.out().resolve("results.json") + " and summary.md");
  }

  private static List<Benchmark> selected() {
    String only = System.getProperty("bench.only", "").trim();
    if (only.isEmpty()) {
      return BENCHMARKS;
    }
    Set<String> ids =
        Arrays.stream(only.split(","))
            .map(id -> id.trim().toUpperCase(Locale.ROOT))
            .filter(id -> !id.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> known = BENCHMARKS.stream().map(Benchmark::id).collect(Collectors.toSet());
    List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
    if (!unknown.isEmpty()) {
      // A typo would otherwise run nothing, or less than asked, and still report success.
      throw new IllegalArgumentException(
          "-Dbench.only names unknown benchmarks " + unknown + "; known: " + known);
    }
    return BENCHMARKS.stream().filter(b -> ids.contains(b.id())).toList();
  }

  private static Map<String, Object> settings(BenchConfig config) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("requests", config.requests());
    settings.put("concurrency", config.concurrency());
    settings.put("settleSeconds", config.settle().toSeconds());
    settings.put("ports", config.ports().toString());
    settings.put("b7", config.rls().toString());
    settings.put("b3", config.reception().toString());
    settings.put("b8", config.cluster().toString());
    settings.put("libertyInstall", config.wlp().toString());
    settings.put("war", config.war().toString());
    return settings;
  }
}
