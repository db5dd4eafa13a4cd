package io.atrium.helpdesk.web;

import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Ticket times for the pages: instants shown in the ticket's centre's time zone, in the page's
 * language and formats, ages ("3 d", "5 h") and the time left before a deadline ("2 h 15 min left",
 * "late by 40 min"), which tells a technician more than the deadline itself.
 */
@Named
@ApplicationScoped
public class TicketTimes {

  @Inject Formats formats;

  public String at(Instant instant, Centre centre) {
    if (instant == null) {
      return "";
    }
    return formats.dateTime(instant, centre.zone());
  }

  public String age(Instant since) {
    Duration age = Duration.between(since, Instant.now());
    ResourceBundle texts = Texts.bundle(formats.getLocale());
    if (age.toDays() > 0) {
      return MessageFormat.format(texts.getString("duration.days"), age.toDays());
    }
    return age.toHours() > 0
        ? MessageFormat.format(texts.getString("duration.hours"), age.toHours())
        : MessageFormat.format(texts.getString("duration.minutes"), Math.max(age.toMinutes(), 0));
  }

  /** The time left before a deadline, or how late it is. */
  public String left(Instant due) {
    return due == null ? "" : left(due, Instant.now(), formats.getLocale());
  }

  static String left(Instant due, Instant now, Locale language) {
    ResourceBundle texts = Texts.bundle(language);
    Duration left = Duration.between(now, due);
    return MessageFormat.format(
        texts.getString(left.isNegative() ? "ticket.sla.late" : "ticket.sla.left"),
        span(left.abs(), texts));
  }

  /** "2 d 3 h", "4 h 20 min", "35 min": the two largest units, to the minute. */
  private static String span(Duration span, ResourceBundle texts) {
    if (span.toDays() > 0) {
      return MessageFormat.format(
          texts.getString("duration.daysHours"), span.toDays(), span.toHoursPart());
    }
    if (span.toHours() > 0) {
      return MessageFormat.format(
          texts.getString("duration.hoursMinutes"), span.toHours(), span.toMinutesPart());
    }
    return MessageFormat.format(texts.getString("duration.minutes"), span.toMinutes());
  }
}
