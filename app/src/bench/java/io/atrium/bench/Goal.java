package io.atrium.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target for one figure: "at most" (time, memory, ratio to a baseline) or "at least" (a ratio of
 * throughputs). A goal whose figure could not be measured (endpoint missing, requests that did not
 * return 200) is a missed goal with the reason, never a crash of the run.
 *
 * @param description what is compared, e.g. "app warm start"
 * @param actual the measured value; NaN when it could not be measured
 * @param limit the bound that passes
 * @param unit unit of both values, e.g. "s", "MB", "x empty"
 * @param atLeast true when the figure must reach the limit, false when it must not exceed it
 * @param failure why the figure could not be measured, or null
 */
public record Goal(
    String description, double actual, double limit, String unit, boolean atLeast, String failure) {

  public static Goal atMost(String description, double actual, double limit, String unit) {
    return new Goal(description, actual, limit, unit, false, null);
  }

  public static Goal atLeast(String description, double actual, double limit, String unit) {
    return new Goal(description, actual, limit, unit, true, null);
  }

  /** A goal that could not be measured: reported as missed, with the reason. */
  public static Goal unmeasured(
      String description, double limit, String unit, boolean atLeast, String failure) {
    return new Goal(description, Double.NaN, limit, unit, atLeast, failure);
  }

  public boolean pass() {
    if (failure != null || !Double.isFinite(actual)) {
      return false;
    }
    return atLeast ? actual >= limit : actual <= limit;
  }

  /** "<=" or ">=", for the report. */
  String comparison() {
    return atLeast ? ">=" : "<=";
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("goal", description + " " + comparison() + " " + Report.number(limit) + " " + unit);
    json.put("actual", Double.isFinite(actual) ? Report.round(actual) : null);
    json.put("limit", limit);
    json.put("unit", unit);
    json.put("pass", pass());
    if (failure != null) {
      json.put("failure", failure);
    }
    return json;
  }
}
