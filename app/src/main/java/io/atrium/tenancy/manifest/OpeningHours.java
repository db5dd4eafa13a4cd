package io.atrium.tenancy.manifest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A centre's weekly opening hours in a small subset of the OpenStreetMap {@code opening_hours}
 * syntax: rules separated by {@code ;}, each a list of days or day ranges and a list of intervals,
 * as in {@code Mo-Fr 08:00-12:00,13:00-20:00; Sa 09:00-13:00}. Days not named are closed.
 *
 * <p>Stricter than OpenStreetMap on purpose, so that a slip is an error rather than a different
 * week: a day may be named only once, ranges do not wrap around Sunday, intervals are in order, do
 * not overlap and close after they open on the same day (00:00 to 23:59).
 */
public final class OpeningHours {

  private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
  private static final Pattern INTERVAL = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

  private final Map<DayOfWeek, List<Interval>> week;

  private OpeningHours(Map<DayOfWeek, List<Interval>> week) {
    this.week = Collections.unmodifiableMap(week);
  }

  /** One opening, {@code opens} before {@code closes}. */
  public record Interval(LocalTime opens, LocalTime closes) {}

  /**
   * @throws IllegalArgumentException naming the part that is wrong and why
   */
  public static OpeningHours parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no opening hours; write for example Mo-Fr 08:00-20:00");
    }
    Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
    for (String rule : text.split(";", -1)) {
      String trimmed = rule.strip();
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("an empty rule between semicolons");
      }
      String[] parts = trimmed.split("\\s+", 2);
      if (parts.length < 2) {
        throw new IllegalArgumentException(
            "\"" + trimmed + "\": days and hours are needed, as in Mo-Fr 08:00-20:00");
      }
      List<Interval> intervals = intervals(parts[1].strip());
      for (DayOfWeek day : days(parts[0])) {
        if (week.putIfAbsent(day, intervals) != null) {
          throw new IllegalArgumentException(
              "\"" + trimmed + "\": " + DAYS.get(day.ordinal()) + " is already given");
        }
      }
    }
    return new OpeningHours(week);
  }

  /** The day's intervals in order; empty when closed. */
  public List<Interval> on(DayOfWeek day) {
    return week.getOrDefault(day, List.of());
  }

  /**
   * Whether one opening holds the whole time from {@code from} to {@code to} (local times, the end
   * excluded): the same day, or up to the next midnight; 23:59, the latest time the syntax writes,
   * closes at the end of the day.
   */
  public boolean holds(LocalDateTime from, LocalDateTime to) {
    LocalDate day = from.toLocalDate();
    boolean toMidnight =
        to.toLocalDate().equals(day.plusDays(1)) && to.toLocalTime().equals(LocalTime.MIDNIGHT);
    if (!to.toLocalDate().equals(day) && !toMidnight) {
      return false;
    }
    LocalTime start = from.toLocalTime();
    LocalTime end = toMidnight ? LocalTime.MAX : to.toLocalTime();
    for (Interval opening : on(from.getDayOfWeek())) {
      LocalTime closes =
          opening.closes().equals(LocalTime.of(23, 59)) ? LocalTime.MAX : opening.closes();
      if (!start.isBefore(opening.opens()) && !end.isAfter(closes)) {
        return true;
      }
    }
    return false;
  }

  private static List<DayOfWeek> days(String text) {
    List<DayOfWeek> days = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      String[] range = item.split("-", -1);
      if (range.length > 2) {
        throw new IllegalArgumentException("\"" + item + "\": not a day or a day range");
      }
      int first = day(range[0]);
      int last = range.length == 2 ? day(range[1]) : first;
      if (last < first) {
        throw new IllegalArgumentException(
            "\"" + item + "\": a range goes from Monday towards Sunday");
      }
      for (int day = first; day <= last; day++) {
        days.add(DayOfWeek.of(day + 1));
      }
    }
    return days;
  }

  private static int day(String text) {
    int index = DAYS.indexOf(text.strip());
    if (index < 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\": not a day; use " + String.join(", ", DAYS));
    }
    return index;
  }

  private static List<Interval> intervals(String text) {
    List<Interval> intervals = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      Matcher matcher = INTERVAL.matcher(item.strip());
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "\"" + item.strip() + "\": not an interval such as 08:00-20:00");
      }
      LocalTime opens = time(item, matcher.group(1), matcher.group(2));
      LocalTime closes = time(item, matcher.group(3), matcher.group(4));
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException(
            "\"" + item.strip() + "\": closes before it opens (overnight is not supported)");
      }
      if (!intervals.isEmpty() && opens.isBefore(intervals.get(intervals.size() - 1).closes())) {
        throw new IllegalArgumentException(
            "\"" + text + "\": intervals must be in order and must not overlap");
      }
      intervals.add(new Interval(opens, closes));
    }
    return List.copyOf(intervals);
  }

  private static LocalTime time(String item, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (h > 23 || m > 59) {
      throw new IllegalArgumentException(
          "\"" + item.strip() + "\": " + hours + ":" + minutes + " is not a time of day");
    }
    return LocalTime.of(h, m);
  }

  @Override
  public String toString() {
    return week.toString();
  }
}
