package io.atrium.bookings.web;

import io.atrium.bookings.Booking;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a booking form asks in the back office and in the client space alike: the space, the day,
 * from and to on the centre's clock (half hours), the people and a title.
 */
public class SlotForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Every half hour from 06:00 to 23:30: what the From and To menus offer. */
  public static final List<String> TIMES = halfHours();

  private Long spaceId;
  private LocalDate day;
  private String from = "10:00";
  private String to = "11:00";
  private Integer guests = 1;
  private String title;

  private static List<String> halfHours() {
    List<String> times = new ArrayList<>();
    for (LocalTime t = LocalTime.of(6, 0); ; t = t.plusMinutes(30)) {
      times.add(t.toString());
      if (t.equals(LocalTime.of(23, 30))) {
        return List.copyOf(times);
      }
    }
  }

  /** A booking's own values, to change it. */
  public void fill(Booking booking, ZoneId zone) {
    spaceId = booking.getSpace().getId();
    day = booking.getStartsAt().atZone(zone).toLocalDate();
    from = time(booking.getStartsAt(), zone);
    to = time(booking.getEndsAt(), zone);
    guests = booking.getGuests();
    title = booking.getTitle();
  }

  /** The day at that time on the centre's clock; null when either is missing. */
  public Instant at(String time, ZoneId zone) {
    if (day == null || time == null || !time.matches("\\d{2}:\\d{2}")) {
      return null;
    }
    return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
  }

  public Instant startsAt(ZoneId zone) {
    return at(from, zone);
  }

  public Instant endsAt(ZoneId zone) {
    return at(to, zone);
  }

  public static String time(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalTime().toString();
  }

  public Long getSpaceId() {
    return spaceId;
  }

  public void setSpaceId(Long spaceId) {
    this.spaceId = spaceId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public Integer getGuests() {
    return guests;
  }

  public void setGuests(Integer guests) {
    this.guests = guests;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
