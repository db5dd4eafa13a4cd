package io.atrium.bench;

/**
 * The warm-up rule of the load benchmarks (B1, B8): after a fixed warm-up, measurements of a fixed
 * length go on until {@value #PATIENCE} in a row are no more than {@value #SETTLED} times as fast
 * as the best before them (at most {@value #MAX}), so that the measured rounds see the server as it
 * runs for days, not while its JIT still compiles. Compared with the best rather than with the one
 * before: one slow measurement (a collection, a compilation burst) would end the warm-up at once.
 */
final class Settling {

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

  /** The rule in words, for a benchmark's notes, with the measurements' length. */
  static String described(int length) {
    return "measurements of %d until %d in a row are at most %d %% faster than the best before them (at most %d)"
        .formatted(length, PATIENCE, Math.round((SETTLED - 1) * 100), MAX);
  }
}
