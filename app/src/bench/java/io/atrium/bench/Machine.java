package io.atrium.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the figures come from: without it, figures from two runs cannot be compared. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("totalMemoryMb", os.getTotalMemorySize() / (1024 * 1024));
    machine.put("freeMemoryMbAtStart", os.getFreeMemorySize() / (1024 * 1024));
    // Another build running beside the benchmark shows here, and explains noisy figures.
    machine.put("loadAverageAtStart", Report.round(os.getSystemLoadAverage()));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("arch", System.getProperty("os.arch"));
    machine.put("javaVersion", System.getProperty("java.runtime.version"));
    machine.put("javaVendor", System.getProperty("java.vendor"));
    return machine;
  }
}
