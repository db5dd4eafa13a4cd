package io.atrium.helpdesk.web;

import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;

/**
 * Ticket times for the pages: instants shown in the ticket's centre's time zone, in the page's
 * language and formats, and ages ("3 d", "5 h").
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
    if (age.toDays() > 0) {
      return age.toDays() + " d";
    }
    return age.toHours() > 0 ? age.toHours() + " h" : Math.max(age.toMinutes(), 0) + " min";
  }
}
