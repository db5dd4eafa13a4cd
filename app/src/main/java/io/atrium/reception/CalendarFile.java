package io.atrium.reception;

import io.atrium.notifications.CalendarEvent;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The visit as an iCalendar event the visitor adds to their calendar: one hour from the expected
 * time, at the centre's address ({@link CalendarEvent} writes it).
 */
public final class CalendarFile {

  public static final String CONTENT_TYPE = CalendarEvent.CONTENT_TYPE;

  private CalendarFile() {}

  public static byte[] of(Visitor visitor, String summary, String description, Instant now) {
    ZonedDateTime start =
        visitor.getExpectedDate().atTime(visitor.getVisitTime()).atZone(visitor.getCentre().zone());
    var centre = visitor.getCentre();
    String location =
        CalendarEvent.join(
            centre.getName(), centre.getAddressLine(), centre.getPostalCode(), centre.getCity());
    return new CalendarEvent(
            "visitor-" + visitor.getId() + "@atrium",
            start.toInstant(),
            start.plusHours(1).toInstant(),
            summary,
            location,
            description,
            0,
            false)
        .bytes(now);
  }

  static String fold(String line) {
    return CalendarEvent.fold(line);
  }
}
