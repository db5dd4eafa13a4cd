package io.atrium.bench;

/**
 * One benchmark of the harness. Each benchmark starts and stops the servers it needs itself, so
 * that benchmarks stay independent of each other and of their order; adding one means writing a
 * class and listing it in {@link BenchMain}.
 */
public interface Benchmark {

  /** Identifier from the project's issue list, e.g. "B4"; the key in results.json. */
  String id();

  /** Human-readable name for the summary. */
  String title();

  /**
   * Measures and returns figures with their goals. Throws only when a measurement cannot be made (a
   * server does not start): a missed goal is a result, not a failure.
   */
  Result run(BenchContext context) throws Exception;
}
