package io.atrium.testing;

import java.time.LocalDate;

/**
 * A weekday well ahead (30 to 600 days) when a Paris room has no booking held yet and its centre is
 * not closed: a day on which a test may book any hour of the room without meeting another test's.
 */
public final class FreeDay {

  private FreeDay() {}

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
