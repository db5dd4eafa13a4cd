package io.atrium.helpdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TicketTimesTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  @Test
  void aDeadlineAheadReadsAsTheTimeLeftInTheReadersLanguage() {
    Instant due = NOW.plus(Duration.ofHours(2).plusMinutes(15));
    assertEquals("2 h 15 min left", TicketTimes.left(due, NOW, Locale.ENGLISH));
    assertEquals("encore 2 h 15 min", TicketTimes.left(due, NOW, Locale.FRENCH));
    assertEquals(
        "1 j 3 h",
        TicketTimes.left(NOW.plus(Duration.ofHours(27)), NOW, Locale.FRENCH).substring(7));
    assertEquals(
        "35 min left", TicketTimes.left(NOW.plusSeconds(35 * 60 + 20), NOW, Locale.ENGLISH));
  }

  @Test
  void aDeadlinePassedReadsAsHowLateItIs() {
    assertEquals(
        "late by 40 min", TicketTimes.left(NOW.minusSeconds(40 * 60), NOW, Locale.ENGLISH));
    assertEquals(
        "en retard de 2 j 1 h",
        TicketTimes.left(NOW.minus(Duration.ofHours(49)), NOW, Locale.FRENCH));
  }
}
