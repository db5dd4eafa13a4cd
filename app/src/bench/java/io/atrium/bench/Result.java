package io.atrium.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's figures and goals. Figures are grouped by subject (a server label such as "app") so
 * that the summary can show subjects side by side; metric names carry their unit.
 */
public final class Result {

  private final String id;
  private final String title;
  private final Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public Result(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public Result figure(String subject, String metric, Object value) {
    figures.computeIfAbsent(subject, s -> new LinkedHashMap<>()).put(metric, value);
    return this;
  }

  public Result goal(Goal goal) {
    goals.add(goal);
    return this;
  }

  public Result note(String note) {
    notes.add(note);
    return this;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Map<String, Map<String, Object>> figures() {
    return figures;
  }

  public List<Goal> goals() {
    return goals;
  }

  public List<String> notes() {
    return notes;
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", title);
    json.put("figures", figures);
    json.put("goals", goals.stream().map(Goal::toJson).toList());
    json.put("allGoalsMet", goals.stream().allMatch(Goal::pass));
    json.put("notes", notes);
    return json;
  }
}
