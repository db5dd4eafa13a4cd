package io.atrium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Process memory from /proc (Linux only, as is the embedded PostgreSQL bundled with the app). */
public final class Procs {

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
   * Summed RSS of several processes. PostgreSQL's processes share their buffers, which each one
   * counts again, so for them this is an upper bound.
   */
  public static double rssMb(Collection<ProcessHandle> processes) {
    return processes.stream().mapToDouble(p -> rssMb(p.pid())).sum();
  }
}
