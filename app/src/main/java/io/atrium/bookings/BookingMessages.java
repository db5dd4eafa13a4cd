package io.atrium.bookings;

import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.notifications.CalendarEvent;
import io.atrium.notifications.InAppNotice;
import io.atrium.notifications.Mail;
import io.atrium.notifications.MailAttachment;
import io.atrium.notifications.NoticeTime;
import io.atrium.notifications.NoticeValue;
import io.atrium.notifications.Notifications;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the client of a booking made or cancelled: an e-mail with the booking as a calendar event
 * (the cancellation removes it from their calendar: same UID, next sequence), to the member who
 * booked in the client space, or the member on their own, or else the company (its address, else
 * its main contact's), and a notice in the client space to that member or main contact. In their
 * language, times on the centre's clock.
 */
@ApplicationScoped
class BookingMessages {

  static final String CALENDAR_FILE = "booking.ics";

  @Inject Notifications notifications;

  @Inject Tenancy tenancy;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  void confirmed(Booking booking) {
    send(List.of(booking), "bookingConfirmed", booking.getSequence(), false, List.of());
  }

  /** A member's booking waiting for staff: the time is held in their calendar meanwhile. */
  void requested(Booking booking) {
    send(List.of(booking), "bookingRequested", booking.getSequence(), false, List.of());
  }

  /** The event with its next SEQUENCE: calendars replace the one they hold. */
  void changed(Booking booking) {
    send(List.of(booking), "bookingChanged", booking.getSequence(), false, List.of());
  }

  void cancelled(Booking booking) {
    send(List.of(booking), "bookingCancelled", booking.getSequence() + 1, true, List.of());
  }

  /** A weekly booking: one mail with every occurrence booked, and the days that were taken. */
  void seriesConfirmed(List<Booking> booked, List<Instant> taken) {
    send(booked, "bookingSeriesConfirmed", 0, false, taken);
  }

  private void send(
      List<Booking> bookings,
      String template,
      int sequence,
      boolean cancelled,
      List<Instant> taken) {
    Booking booking = bookings.get(0);
    Member person = booking.getBookedBy() != null ? booking.getBookedBy() : booking.getMember();
    Member contact = person != null ? person : booking.getCompany().getMainContact();
    String email = person != null ? person.getEmail() : booking.getCompany().getEmail();
    if (blank(email) && contact != null) {
      email = contact.getEmail();
    }
    String name = contact != null ? contact.getFullName() : booking.getCompany().getName();
    String language = contact == null ? null : contact.getLanguage();
    var centre = booking.getCentre();
    ZoneId zone = centre.zone();
    Locale locale =
        Locale.forLanguageTag(
            language != null
                ? language
                : em.find(Tenant.class, tenancy.currentTenantId().orElseThrow())
                    .getDefaultLocale());
    Formats formats = Formats.of(locale, centre.getCountry());
    Map<String, String> params =
        Map.of(
            "name", name,
            "space", booking.getSpace().getName(),
            "centre", centre.getName(),
            "date", formats.date(booking.getStartsAt(), zone),
            "from", formats.time(booking.getStartsAt(), zone),
            "to", formats.time(booking.getEndsAt(), zone),
            "dates", dates(bookings.stream().map(Booking::getStartsAt).toList(), formats, zone),
            "taken", taken.isEmpty() ? "—" : dates(taken, formats, zone));
    if (!blank(email)) {
      String summary =
          MessageFormat.format(
              Texts.bundle(locale).getString("booking.calendar.summary"),
              booking.getSpace().getName(),
              centre.getName());
      String location =
          CalendarEvent.join(
              centre.getName(), centre.getAddressLine(), centre.getPostalCode(), centre.getCity());
      List<CalendarEvent> events =
          bookings.stream()
              .map(
                  b ->
                      new CalendarEvent(
                          "booking-" + b.getId() + "@atrium",
                          b.getStartsAt(),
                          b.getEndsAt(),
                          summary,
                          location,
                          b.getTitle() == null ? "" : b.getTitle(),
                          sequence,
                          cancelled))
              .toList();
      notifications.email(
          new Mail(
              email,
              name,
              language,
              template,
              params,
              List.of(
                  new MailAttachment(
                      CALENDAR_FILE,
                      events.get(0).contentType(),
                      CalendarEvent.file(events, clock.instant())))));
    }
    if (contact != null) {
      notifications.notice(
          new InAppNotice(
              AtriumPrincipal.Kind.MEMBER,
              contact.getId(),
              language,
              template,
              params,
              null,
              times(booking, bookings, taken, zone)));
    }
  }

  /**
   * The notice's days and hours, written when the member reads it, in the language of their page
   * then (the mail's are written now: it is sent once, in theirs).
   */
  private static Map<String, NoticeValue> times(
      Booking booking, List<Booking> bookings, List<Instant> taken, ZoneId zone) {
    Map<String, NoticeValue> times = new HashMap<>();
    times.put("date", NoticeTime.date(booking.getStartsAt(), zone));
    times.put("from", NoticeTime.time(booking.getStartsAt(), zone));
    times.put("to", NoticeTime.time(booking.getEndsAt(), zone));
    times.put(
        "dates", NoticeTime.dates(bookings.stream().map(Booking::getStartsAt).toList(), zone));
    if (!taken.isEmpty()) {
      times.put("taken", NoticeTime.dates(taken, zone));
    }
    return times;
  }

  private static String dates(List<Instant> instants, Formats formats, ZoneId zone) {
    return String.join(", ", instants.stream().map(i -> formats.date(i, zone)).toList());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
