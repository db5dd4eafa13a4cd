package io.atrium.testing;

import java.time.LocalDate;

/**
 * A weekday well ahead (30 to 600 days) when a Paris room has no booking held yet and its centre is
 * not closed: a day on which a test may book any hour of the room without meeting another test's.
 */
public final class FreeDay {

  private FreeDay() {}

  /**
   * A random {@code weekday} between {@code fromWeeks} and {@code toWeeks} weeks ahead when none of
   * the rooms has a booking held yet: tests that pick a random day do not meet the days others have
   * booked.
   */
  public static LocalDate random(
      long tenant, java.time.DayOfWeek weekday, int fromWeeks, int toWeeks, long... rooms) {
    return randomRun(tenant, weekday, fromWeeks, toWeeks, 1, rooms);
  }

  /**
   * As {@link #random}, for a weekly series: the weekday is free in {@code weeks} weeks running
   * from the day returned (a series of four met another test's booking in its third week).
   */
  public static LocalDate randomRun(
      long tenant,
      java.time.DayOfWeek weekday,
      int fromWeeks,
      int toWeeks,
      int weeks,
      long... rooms) {
    StringBuilder ids = new StringBuilder("0");
    for (long room : rooms) {
      ids.append(',').append(room);
    }
    String run = "(SELECT d::date + 7 * k FROM generate_series(0, ?) k)";
    return LocalDate.parse(
        TestDatabase.textFromClient(
            tenant,
            "SELECT d::date::text FROM generate_series(current_date + 7 * ?, current_date + 7 * ?,"
                + " interval '1 day') d WHERE extract(isodow FROM d) = ? AND NOT EXISTS (SELECT 1"
                + " FROM booking b WHERE b.space_id IN ("
                + ids
                + ") AND b.status <> 'CANCELLED' AND (b.starts_at AT TIME ZONE"
                + " 'Europe/Paris')::date IN "
                + run
                + ") AND NOT EXISTS (SELECT 1 FROM centre_closure c WHERE c.day IN "
                + run
                + ") ORDER BY random() LIMIT 1",
            fromWeeks,
            toWeeks,
            weekday.getValue(),
            weeks - 1,
            weeks - 1));
  }

  /**
   * As {@link #random}: the same weekday as {@code first}, in one of the {@code weeks} weeks from
   * it on, when none of the rooms has a booking held yet (tests that used to pick any of those
   * weeks at random met each other's bookings in CI).
   */
  public static LocalDate randomFrom(long tenant, LocalDate first, int weeks, long... rooms) {
    int from =
        (int) Math.max(1, java.time.temporal.ChronoUnit.WEEKS.between(LocalDate.now(), first) + 1);
    return random(tenant, first.getDayOfWeek(), from, from + weeks, rooms);
  }

  public static LocalDate of(long tenant, long room) {
    return LocalDate.parse(
        TestDatabase.textFromClient(
            tenant,
            "SELECT min(d)::date::text FROM generate_series(current_date + 30, current_date + 600,"
                + " interval '1 day') d WHERE extract(isodow FROM d) BETWEEN 1 AND 5 AND NOT EXISTS"
                + " (SELECT 1 FROM booking b WHERE b.space_id = ? AND b.status <> 'CANCELLED' AND"
                + " (b.starts_at AT TIME ZONE 'Europe/Paris')::date = d::date) AND NOT EXISTS"
                + " (SELECT 1 FROM centre_closure c WHERE c.day = d::date)",
            room));
  }
}
