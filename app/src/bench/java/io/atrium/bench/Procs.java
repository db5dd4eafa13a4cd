package io.atrium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Process memory and CPU time from /proc (Linux only, as is the embedded PostgreSQL bundled with
 * the app).
 */
public final class Procs {

  /**
   * USER_HZ, the unit of /proc's CPU times: 100 on every Linux the JDK runs on (the kernel's
   * internal HZ may differ, but /proc always reports in USER_HZ).
   */
  private static final int CLOCK_TICKS_PER_SECOND = 100;

  /**
   * HotSpot's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread0", shortened by the
   * kernel). On two busy cores they compile for minutes after a server starts: a share of any CPU
   * figure measured then that a server running for days does not spend.
   */
  public static final Pattern JIT_COMPILER_THREADS = Pattern.compile("C\\d CompilerThre.*");

  private Procs() {}

  /** Resident set size in MB, from VmRSS in /proc/PID/status; 0 once the process has gone. */
  public static double rssMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring("VmRSS:".length()).replace("kB", "").trim();
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException gone) {
      // The process ended between listing and reading.
    }
    return 0;
  }

  /**
   * CPU time the process has used so far (user + system, all its threads), in ms; from fields 14
   * and 15 of /proc/PID/stat, in clock ticks. Unlike latency, CPU time per request does not grow
   * when other programs share the cores, so it compares runs on a busy machine.
   */
  public static double cpuMillis(long pid) {
    try {
      return ticksMillis(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException gone) {
      throw new IllegalStateException("Process " + pid + " has gone: no CPU time to read", gone);
    }
  }

  /**
   * CPU time used so far by the process's threads whose name matches {@code name} (say the JIT
   * compiler's, "C1 CompilerThre" and "C2 CompilerThre" as the kernel shortens them), in ms.
   */
  public static double threadCpuMillis(long pid, Pattern name) {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    double total = 0;
    try (var threads = Files.list(tasks)) {
      for (Path task : (Iterable<Path>) threads::iterator) {
        try {
          if (name.matcher(Files.readString(task.resolve("comm")).strip()).matches()) {
            total += ticksMillis(Files.readString(task.resolve("stat")));
          }
        } catch (IOException ended) {
          // The thread ended between listing and reading.
        }
      }
    } catch (IOException gone) {
      throw new IllegalStateException("Process " + pid + " has gone: no CPU time to read", gone);
    }
    return total;
  }

  /**
   * CPU time used so far by the processes and by their children that have ended (a PostgreSQL
   * postmaster's backends that came and went), in ms: fields 14 to 17 of /proc/PID/stat. A process
   * that has ended is left out, its time being in its parent's.
   */
  public static double cpuMillisWithEndedChildren(Collection<ProcessHandle> processes) {
    double total = 0;
    for (ProcessHandle process : processes) {
      try {
        total +=
            ticksMillis(
                Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat")), true);
      } catch (IOException ended) {
        // Ended between listing and reading: its time is its parent's now.
      }
    }
    return total;
  }

  /** User + system time of a /proc stat line (a process's or a thread's), in ms. */
  private static double ticksMillis(String stat) {
    return ticksMillis(stat, false);
  }

  /** The same, plus the time of its children that have ended (fields 16 and 17) if asked. */
  private static double ticksMillis(String stat, boolean endedChildren) {
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    long ticks = 0;
    for (int field = 11; field <= (endedChildren ? 14 : 12); field++) {
      ticks += Long.parseLong(fields[field]);
    }
    return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
  }

  /**
   * Summed RSS of several processes. PostgreSQL's processes share their buffers, which each one
   * counts again, so for them this is an upper bound.
   */
  public static double rssMb(Collection<ProcessHandle> processes) {
    return processes.stream().mapToDouble(p -> rssMb(p.pid())).sum();
  }
}
