package io.atrium.bench;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * The warm-up rules of the benchmarks, so that what they measure is the server as it runs for days,
 * not while its JIT still compiles.
 *
 * <p>The load benchmarks (B1, B3, B8): after a fixed warm-up, bursts of a fixed length go on until
 * one in which the servers' JIT compiler threads used at most {@value #COMPILED} of their CPU time
 * (at most {@value #MAX_BURSTS}). On two busy cores the one C2 compiler thread gets about a sixth
 * of them, and it compiled on for some 17,000 dashboard page + ajax pairs, the server's CPU per
 * request falling from 10.7 ms to 4.0 ms all the while. The rule before (below, still B2's) stopped
 * after 5 to 8 measurements: with their noise of about 5 %, the slow gain looked like none.
 *
 * <p>The billing run (B2): measurements of a fixed length go on until {@value #PATIENCE} in a row
 * are no more than {@value #SETTLED} times as fast as the best before them (at most {@value #MAX}).
 * Compared with the best rather than with the one before: one slow measurement (a collection, a
 * compilation burst) would end the warm-up at once.
 */
final class Settling {

  /** The JIT compiler's share of the servers' CPU in a burst under which they count as warm. */
  static final double COMPILED = 0.05;

  /** Bursts after the fixed warm-up, at most, before the servers count as warm anyway. */
  static final int MAX_BURSTS = 60;

  /** One burst of the load; returns what it measured, for the log. */
  @FunctionalInterface
  interface Burst {
    String run(int index) throws Exception;
  }

  /** A measurement more than this much faster than the best before it is progress. */
  static final double SETTLED = 1.05;

  /** Measurements in a row without progress after which the server is warm. */
  static final int PATIENCE = 2;

  /** Measurements after the fixed warm-up, at most. */
  static final int MAX = 30;

  /** One measurement of the load; returns its requests per second. */
  @FunctionalInterface
  interface Measurement {
    double perSecond(int index) throws Exception;
  }

  private Settling() {}

  /** Runs measurements until the rule holds; returns how many ran. */
  static int settle(Measurement next) throws Exception {
    double best = 0;
    int withoutProgress = 0;
    int ran = 0;
    while (ran < MAX && withoutProgress < PATIENCE) {
      double perSecond = next.perSecond(ran++);
      withoutProgress = perSecond > best * SETTLED ? 0 : withoutProgress + 1;
      best = Math.max(best, perSecond);
    }
    return ran;
  }

  /**
   * Runs bursts until one in which the JIT compiler threads of the servers (their JVMs' pids) used
   * at most {@link #COMPILED} of those servers' CPU time, logging each with that share; returns how
   * many ran.
   */
  static int untilCompiled(Collection<Long> servers, Burst burst, Consumer<String> log)
      throws Exception {
    int ran = 0;
    double compiling = 1;
    while (compiling > COMPILED && ran < MAX_BURSTS) {
      double cpu = cpu(servers);
      double jit = jit(servers);
      String measured = burst.run(ran);
      double used = cpu(servers) - cpu;
      compiling = used > 0 ? (jit(servers) - jit) / used : 0;
      log.accept(
          "settling %d: %s; JIT compiler %.0f %% of the server CPU"
              .formatted(++ran, measured, compiling * 100));
    }
    return ran;
  }

  private static double cpu(Collection<Long> servers) {
    return servers.stream().mapToDouble(Procs::cpuMillis).sum();
  }

  private static double jit(Collection<Long> servers) {
    return servers.stream()
        .mapToDouble(pid -> Procs.threadCpuMillis(pid, Procs.JIT_COMPILER_THREADS))
        .sum();
  }

  /** The load benchmarks' rule in words, for their notes, with the bursts' length. */
  static String described(int length) {
    return "bursts of %d until one in which the JIT compiler threads used at most %d %% of the server CPU (at most %d)"
        .formatted(length, Math.round(COMPILED * 100), MAX_BURSTS);
  }
}
