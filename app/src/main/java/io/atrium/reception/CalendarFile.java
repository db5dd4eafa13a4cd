package io.atrium.reception;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The visit as an iCalendar (RFC 5545) event the visitor adds to their calendar: one hour from the
 * expected time, at the centre's address, times in UTC so every calendar places it right.
 */
public final class CalendarFile {

  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private CalendarFile() {}

  public static byte[] of(Visitor visitor, String summary, String description, Instant now) {
    ZonedDateTime start =
        visitor.getExpectedDate().atTime(visitor.getVisitTime()).atZone(visitor.getCentre().zone());
    var centre = visitor.getCentre();
    String location =
        join(centre.getName(), centre.getAddressLine(), centre.getPostalCode(), centre.getCity());
    String text =
        String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Atrium//Reception//EN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:visitor-" + visitor.getId() + "@atrium",
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(start),
                "DTEND:" + UTC.format(start.plusHours(1)),
                fold("SUMMARY:" + escape(summary)),
                fold("LOCATION:" + escape(location)),
                fold("DESCRIPTION:" + escape(description)),
                "END:VEVENT",
                "END:VCALENDAR")
            + "\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        text.append(text.isEmpty() ? "" : ", ").append(part.strip());
      }
    }
    return text.toString();
  }

  /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in text. */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space. */
  static String fold(String line) {
    StringBuilder folded = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        folded.append("\r\n ");
        octets = 1;
      }
      folded.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return folded.toString();
  }
}
