package io.atrium.reception;

import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.notifications.InAppNotice;
import io.atrium.notifications.Mail;
import io.atrium.notifications.MailAttachment;
import io.atrium.notifications.Notifications;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The messages of the visitor flow, queued in the step's transaction. The visitor is written to in
 * their host's language (the host knows them; a visitor has no account to hold one); the host in
 * their own. Dates and times are the centre's.
 */
@ApplicationScoped
class VisitorMessages {

  /** Where the host approves or declines, in the client space. */
  static final String HOST_PAGE = "/portal/visitors.xhtml";

  static final String QR_FILE = "check-in-qr.png";
  static final String CALENDAR_FILE = "visit.ics";

  @Inject Notifications notifications;

  Clock clock = Clock.systemUTC();

  /** The invitation: when, where, whom to ask for, the QR code and the calendar event. */
  void invitation(Visitor visitor, Member host, String token) {
    Locale language = Texts.supported(Locale.forLanguageTag(host.getLanguage()));
    var centre = visitor.getCentre();
    Formats formats = Formats.of(language, centre.getCountry());
    String date = formats.date(visitor.getExpectedDate());
    String time = formats.time(visitor.getVisitTime());
    var bundle = Texts.bundle(language);
    String summary =
        MessageFormat.format(
            bundle.getString("visitor.calendar.summary"), host.getFullName(), centre.getName());
    String description =
        MessageFormat.format(bundle.getString("visitor.calendar.description"), token);
    notifications.email(
        new Mail(
            visitor.getEmail(),
            visitor.getFullName(),
            language.getLanguage(),
            "visitorInvitation",
            Map.of(
                "name", visitor.getFullName(),
                "host", host.getFullName(),
                "centre", centre.getName(),
                "address", address(centre),
                "date", date,
                "time", time,
                "token", token),
            List.of(
                new MailAttachment(QR_FILE, "image/png", CheckInCodes.qrPng(token)),
                new MailAttachment(
                    CALENDAR_FILE,
                    CalendarFile.CONTENT_TYPE,
                    CalendarFile.of(visitor, summary, description, clock.instant())))));
  }

  /** The meeting the visitor was invited to is cancelled: no need to come. */
  void cancelled(Visitor visitor, Member host) {
    Locale language = Texts.supported(Locale.forLanguageTag(host.getLanguage()));
    Formats formats = Formats.of(language, visitor.getCentre().getCountry());
    notifications.email(
        new Mail(
            visitor.getEmail(),
            visitor.getFullName(),
            language.getLanguage(),
            "visitorCancelled",
            Map.of(
                "name", visitor.getFullName(),
                "host", host.getFullName(),
                "centre", visitor.getCentre().getName(),
                "date", formats.date(visitor.getExpectedDate()),
                "time", formats.time(visitor.getVisitTime()))));
  }

  /** The visitor is at the desk: the host's bell and mailbox, at once. */
  void arrival(Visitor visitor, Member host) {
    String company = visitor.getCompanyName() == null ? "" : " (" + visitor.getCompanyName() + ")";
    Map<String, String> params =
        Map.of(
            "name", host.getFullName(),
            "visitor", visitor.getFullName(),
            "company", company,
            "centre", visitor.getCentre().getName());
    notifications.notice(
        new InAppNotice(
            AtriumPrincipal.Kind.MEMBER,
            host.getId(),
            host.getLanguage(),
            "visitorArrived",
            params,
            hostPage(visitor)));
    notifications.email(
        new Mail(host.getEmail(), host.getFullName(), host.getLanguage(), "visitorArrived", params)
            .linkingTo(hostPage(visitor)));
  }

  /** The host's list of visitors with this one picked out, where Approve and Decline are. */
  static String hostPage(Visitor visitor) {
    return HOST_PAGE + "?id=" + visitor.getId();
  }

  private static String address(io.atrium.tenancy.Centre centre) {
    StringBuilder text = new StringBuilder(centre.getName());
    for (String part :
        new String[] {centre.getAddressLine(), centre.getPostalCode(), centre.getCity()}) {
      if (part != null && !part.isBlank()) {
        text.append(", ").append(part);
      }
    }
    return text.toString();
  }
}
