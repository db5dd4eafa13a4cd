package io.atrium.bookings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A slot as text stored or sent once for every reader ("11/03/2027 10:00–11:00", on its centre's
 * clock): day first, as both languages write it, where the ISO form (2027-03-11, 2027-03-11T10:00)
 * stood out among the pages' dates.
 */
final class SlotText {

  private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm");

  private SlotText() {}

  static String start(Instant at, ZoneId zone) {
    return START.format(at.atZone(zone));
  }

  static String end(Instant at, ZoneId zone) {
    return END.format(at.atZone(zone));
  }

  static String of(Instant start, Instant end, ZoneId zone) {
    return start(start, zone) + "–" + end(end, zone);
  }
}
