package io.atrium.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes results.json (for tools and later comparisons) and summary.md (for people). */
public final class Report {

  private final Map<String, Object> machine;
  private final Map<String, Object> settings;
  private final List<Result> results;
  private final Instant started;

  Report(
      Instant started,
      Map<String, Object> machine,
      Map<String, Object> settings,
      List<Result> results) {
    this.started = started;
    this.machine = machine;
    this.settings = settings;
    this.results = results;
  }

  /** Writes both files and returns the summary, for the console. */
  String write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("results.json"), Json.write(json()));
    String summary = summary();
    Files.writeString(dir.resolve("summary.md"), summary);
    return summary;
  }

  private Map<String, Object> json() {
    Map<String, Object> benchmarks = new LinkedHashMap<>();
    results.forEach(r -> benchmarks.put(r.id(), r.toJson()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("startedAt", started.toString());
    json.put("machine", machine);
    json.put("settings", settings);
    json.put("benchmarks", benchmarks);
    return json;
  }

  private String summary() {
    StringBuilder md = new StringBuilder("# Atrium benchmarks\n\n");
    md.append("Run ").append(started).append(" on ");
    md.append(machine.get("cores")).append(" cores, ");
    md.append(machine.get("totalMemoryMb")).append(" MB RAM, Java ");
    md.append(machine.get("javaVersion")).append(", load average at start ");
    md.append(machine.get("loadAverageAtStart")).append(".\n");
    for (Result result : results) {
      md.append("\n## ").append(result.id()).append(": ").append(result.title()).append("\n\n");
      figures(result, md);
      goals(result, md);
      for (String note : result.notes()) {
        md.append("- ").append(note).append('\n');
      }
    }
    return md.toString();
  }

  /** One row per metric, one column per subject: the app beside its baseline. */
  private static void figures(Result result, StringBuilder md) {
    if (result.figures().isEmpty()) {
      // Nothing could be measured (the goals say why).
      return;
    }
    Set<String> subjects = result.figures().keySet();
    Set<String> metrics = new LinkedHashSet<>();
    result.figures().values().forEach(m -> metrics.addAll(m.keySet()));
    md.append("| metric | ").append(String.join(" | ", subjects)).append(" |\n|---|");
    md.append("---:|".repeat(subjects.size())).append('\n');
    for (String metric : metrics) {
      md.append("| ").append(metric).append(" |");
      for (String subject : subjects) {
        Object value = result.figures().get(subject).get(metric);
        md.append(' ').append(value == null ? "" : value).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private static void goals(Result result, StringBuilder md) {
    if (result.goals().isEmpty()) {
      return;
    }
    md.append("| goal | actual | limit | result |\n|---|---:|---:|---|\n");
    for (Goal goal : result.goals()) {
      md.append("| ").append(goal.description()).append(" | ");
      if (Double.isFinite(goal.actual())) {
        md.append(number(round(goal.actual()))).append(' ').append(goal.unit());
      } else {
        md.append("n/a");
      }
      md.append(" | ").append(goal.comparison()).append(' ');
      md.append(number(goal.limit())).append(' ').append(goal.unit());
      md.append(" | ").append(goal.pass() ? "pass" : "**missed**");
      if (goal.failure() != null) {
        md.append(": ").append(goal.failure());
      }
      md.append(" |\n");
    }
    md.append('\n');
  }

  /** Two decimals: more would be noise on a shared two-core machine. */
  static double round(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** A number without a needless ".0". */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
