package io.atrium.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target a figure must not exceed (every goal so far is "at most"): time, memory or a ratio.
 *
 * @param description what is compared, e.g. "app warm start"
 * @param actual the measured value
 * @param limit the largest value that passes
 * @param unit unit of both values, e.g. "s", "MB", "x empty"
 */
public record Goal(String description, double actual, double limit, String unit) {

  public static Goal atMost(String description, double actual, double limit, String unit) {
    return new Goal(description, actual, limit, unit);
  }

  public boolean pass() {
    return actual <= limit;
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("goal", description + " <= " + Report.number(limit) + " " + unit);
    json.put("actual", Report.round(actual));
    json.put("limit", limit);
    json.put("unit", unit);
    json.put("pass", pass());
    return json;
  }
}
