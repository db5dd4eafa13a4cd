package io.atrium.bench;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * What a burst of requests costs the server JVM in CPU time, per request. The server also works
 * when nobody asks anything (job runners polling, timers): that idle rate is measured over a quiet
 * moment just after the burst and taken off, so that a burst slowed down by other programs on the
 * machine, which lasts longer and so collects more idle work, does not look dearer per request.
 * (After rather than before: just after start the server is still busy settling in.) The JIT
 * compiler's share is given beside it: while it is not near zero, the figure is not yet the one of
 * a server that has run for days.
 */
record ServerCpu(
    double perRequestMs, double rawPerRequestMs, double idleMsPerSecond, double jitPerRequestMs) {

  static final Duration QUIET = Duration.ofSeconds(3);

  /** Runs the burst, which returns how many requests it sent, then waits {@link #QUIET}. */
  static ServerCpu of(long pid, Callable<Integer> burst) throws Exception {
    double before = Procs.cpuMillis(pid);
    double jitBefore = Procs.threadCpuMillis(pid, Procs.JIT_COMPILER_THREADS);
    long start = System.nanoTime();
    int requests = burst.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    double used = Procs.cpuMillis(pid) - before;
    double jit = Procs.threadCpuMillis(pid, Procs.JIT_COMPILER_THREADS) - jitBefore;

    double quietStart = Procs.cpuMillis(pid);
    long quietNanos = System.nanoTime();
    Thread.sleep(QUIET.toMillis());
    double idleMsPerSecond =
        (Procs.cpuMillis(pid) - quietStart) / ((System.nanoTime() - quietNanos) / 1e9);

    double net = Math.max(0, used - idleMsPerSecond * seconds);
    return new ServerCpu(net / requests, used / requests, idleMsPerSecond, jit / requests);
  }
}
