package io.atrium.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One iCalendar (RFC 5545) event to attach to a mail, times in UTC so every calendar places it
 * right. A later version of the same event (same {@code uid}, higher {@code sequence}) updates it
 * in the reader's calendar; a cancelled one ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED})
 * removes it.
 */
public record CalendarEvent(
    String uid,
    Instant start,
    Instant end,
    String summary,
    String location,
    String description,
    int sequence,
    boolean cancelled) {

  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  public static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  public String contentType() {
    return cancelled ? CANCEL_CONTENT_TYPE : CONTENT_TYPE;
  }

  public byte[] bytes(Instant now) {
    return file(java.util.List.of(this), now);
  }

  /**
   * One calendar file holding several events (the occurrences of a weekly booking), each with its
   * own UID so that each can later be cancelled alone. All are published, or all cancelled.
   */
  public static byte[] file(java.util.List<CalendarEvent> events, Instant now) {
    StringBuilder text =
        new StringBuilder(
            String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Atrium//Atrium//EN",
                "METHOD:" + (events.get(0).cancelled() ? "CANCEL" : "PUBLISH")));
    for (CalendarEvent event : events) {
      text.append("\r\n").append(event.vevent(now));
    }
    text.append("\r\nEND:VCALENDAR\r\n");
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String vevent(Instant now) {
    return String.join(
        "\r\n",
        "BEGIN:VEVENT",
        "UID:" + uid,
        "SEQUENCE:" + sequence,
        "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
        "DTSTAMP:" + UTC.format(now),
        "DTSTART:" + UTC.format(start),
        "DTEND:" + UTC.format(end),
        fold("SUMMARY:" + escape(summary)),
        fold("LOCATION:" + escape(location)),
        fold("DESCRIPTION:" + escape(description)),
        "END:VEVENT");
  }

  /** The parts given, comma-separated, blanks left out: a centre's name and address. */
  public static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        text.append(text.isEmpty() ? "" : ", ").append(part.strip());
      }
    }
    return text.toString();
  }

  /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in text. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space. */
  public static String fold(String line) {
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
