package io.atrium.bookings;

import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.notifications.CalendarEvent;
import io.atrium.notifications.InAppNotice;
import io.atrium.notifications.Mail;
import io.atrium.notifications.MailAttachment;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the client of a booking made or cancelled: an e-mail with the booking as a calendar event
 * (the cancellation removes it from their calendar: same UID, next sequence), to the member on
 * their own or to the company (its address, else its main contact's), and a notice in the client
 * space to that member or main contact. In their language, times on the centre's clock.
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
    send(booking, "bookingConfirmed", 0, false);
  }

  void cancelled(Booking booking) {
    send(booking, "bookingCancelled", 1, true);
  }

  private void send(Booking booking, String template, int sequence, boolean cancelled) {
    Member contact =
        booking.getMember() != null ? booking.getMember() : booking.getCompany().getMainContact();
    String email =
        booking.getMember() != null
            ? booking.getMember().getEmail()
            : booking.getCompany().getEmail();
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
            "to", formats.time(booking.getEndsAt(), zone));
    if (!blank(email)) {
      CalendarEvent event =
          new CalendarEvent(
              "booking-" + booking.getId() + "@atrium",
              booking.getStartsAt(),
              booking.getEndsAt(),
              MessageFormat.format(
                  Texts.bundle(locale).getString("booking.calendar.summary"),
                  booking.getSpace().getName(),
                  centre.getName()),
              CalendarEvent.join(
                  centre.getName(),
                  centre.getAddressLine(),
                  centre.getPostalCode(),
                  centre.getCity()),
              booking.getTitle() == null ? "" : booking.getTitle(),
              sequence,
              cancelled);
      notifications.email(
          new Mail(
              email,
              name,
              language,
              template,
              params,
              List.of(
                  new MailAttachment(
                      CALENDAR_FILE, event.contentType(), event.bytes(clock.instant())))));
    }
    if (contact != null) {
      notifications.notice(
          new InAppNotice(
              AtriumPrincipal.Kind.MEMBER, contact.getId(), language, template, params, null));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
