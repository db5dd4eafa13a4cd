package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.format.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A notice's days and times, written in the language its reader's page is in when they read it. */
class NotificationTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOON_IN_PARIS = Instant.parse("2027-05-21T10:00:00Z");
  private static final Instant ONE_PM_IN_PARIS = Instant.parse("2027-05-21T11:00:00Z");

  private static Notification booked(
      Map<String, String> params, Map<String, ? extends NoticeValue> times) {
    return new Notification(
        AtriumPrincipal.Kind.MEMBER,
        7,
        "stored title",
        "stored body",
        null,
        NOON_IN_PARIS,
        "bookingConfirmed",
        params,
        times);
  }

  private static Notification toStaff(
      String template, Map<String, String> params, Map<String, NoticeValue> values) {
    return new Notification(
        AtriumPrincipal.Kind.STAFF,
        7,
        "stored title",
        "stored body",
        "/",
        NOON_IN_PARIS,
        template,
        params,
        values);
  }

  private static Notification bookedAtNoonInParis() {
    return booked(
        Map.of("space", "Neem", "centre", "Lumière Paris"),
        Map.of(
            "date", NoticeTime.date(NOON_IN_PARIS, PARIS),
            "from", NoticeTime.time(NOON_IN_PARIS, PARIS),
            "to", NoticeTime.time(ONE_PM_IN_PARIS, PARIS)));
  }

  @Test
  void theDateOfABookingNoticeIsInTheLanguageOfThePageReadingItOnTheCentresClock() {
    Notification notice = bookedAtNoonInParis();

    assertEquals(
        "Réservation confirmée : Neem le 21 mai 2027, 12:00–13:00", notice.titleIn(Locale.FRENCH));
    // The member switched their pages to English: the month follows the sentence.
    assertEquals("Neem booked on 21 May 2027, 12:00–13:00", notice.titleIn(Locale.ENGLISH));
    assertEquals(
        "Neem booked on 21 May 2027, 12:00–13:00",
        notice.titleIn(Formats.of(Locale.ENGLISH, "IN")),
        "on the centre's clock, wherever the reader is");
  }

  @Test
  void aCentresClockDecidesTheDayNotUtc() {
    Instant lateInTheEvening = Instant.parse("2027-05-21T22:30:00Z");
    Notification notice =
        booked(
            Map.of("space", "Neem", "centre", "Lumière Paris"),
            Map.of(
                "date", NoticeTime.date(lateInTheEvening, PARIS),
                "from", NoticeTime.time(lateInTheEvening, PARIS),
                "to", NoticeTime.time(lateInTheEvening.plusSeconds(3600), PARIS)));

    assertEquals("Neem booked on 22 May 2027, 00:30–01:30", notice.titleIn(Locale.ENGLISH));
  }

  @Test
  void aWeeklyBookingsDaysAreListedInTheReadersLanguage() {
    Instant aWeekLater = Instant.parse("2027-05-28T10:00:00Z");
    Notification notice =
        new Notification(
            AtriumPrincipal.Kind.MEMBER,
            7,
            "stored title",
            null,
            null,
            NOON_IN_PARIS,
            "bookingSeriesConfirmed",
            Map.of("space", "Neem", "centre", "Lumière Paris", "taken", "—"),
            Map.of(
                "from", NoticeTime.time(NOON_IN_PARIS, PARIS),
                "to", NoticeTime.time(ONE_PM_IN_PARIS, PARIS),
                "dates", NoticeTime.dates(List.of(NOON_IN_PARIS, aWeekLater), PARIS)));

    assertEquals("Les 21 mai 2027, 28 mai 2027. Déjà pris : —.", notice.bodyIn(Locale.FRENCH));
    assertEquals("On 21 May 2027, 28 May 2027. Already taken: —.", notice.bodyIn(Locale.ENGLISH));
  }

  @Test
  void aNoticeStoredWithItsDateAsTextStillShowsThatText() {
    // Rows written before dates were kept as instants: their text is all there is.
    Notification notice =
        booked(
            Map.of(
                "space", "Neem",
                "centre", "Lumière Paris",
                "date", "21 May 2027",
                "from", "12:00",
                "to", "13:00"),
            Map.of());

    assertEquals(
        "Réservation confirmée : Neem le 21 May 2027, 12:00–13:00", notice.titleIn(Locale.FRENCH));
    assertEquals("Neem booked on 21 May 2027, 12:00–13:00", notice.titleIn(Locale.ENGLISH));
  }

  @Test
  void aTicketsStatusIsNamedInTheLanguageOfThePageReadingIt() {
    Notification notice =
        toStaff(
            "ticket.status",
            Map.of("number", "T-2027-0003", "title", "Clim en panne"),
            Map.of("status", new NoticeLabel("ticket.status.solved")));

    assertEquals("Le ticket T-2027-0003 est maintenant : Résolu", notice.titleIn(Locale.FRENCH));
    assertEquals("Ticket T-2027-0003 is now Solved (Resolved)", notice.titleIn(Locale.ENGLISH));
  }

  @Test
  void aDiscountsPercentAndAmountFollowTheReadersRegion() {
    Notification notice =
        toStaff(
            "approval.requested",
            Map.of("requester", "Priya", "summary", "Neem"),
            Map.of(
                "percent", NoticeNumber.of(new BigDecimal("12.50")),
                "amount", NoticeNumber.amount(new BigDecimal("123456.5"), "INR")));

    assertEquals("Remise de 12,5 % à valider", notice.titleIn(Locale.FRENCH));
    assertEquals("Discount of 12.5 % to approve", notice.titleIn(Locale.ENGLISH));
    assertEquals("Priya · Neem · 1,23,456.50 INR", notice.bodyIn(Formats.of(Locale.ENGLISH, "IN")));
    assertEquals(
        "Priya · Neem · 123\u202f456,50 INR", notice.bodyIn(Formats.of(Locale.FRENCH, "FR")));
  }

  @Test
  void valuesKeepTheirKindInTheStoredRow() {
    Map<String, NoticeValue> values =
        Map.of(
            "a", new NoticeLabel("ticket.status.closed"),
            "b", NoticeNumber.amount(new BigDecimal("0.10"), "EUR"),
            "c", NoticeNumber.of(new BigDecimal("7")),
            "d", NoticeTime.date(NOON_IN_PARIS, PARIS));
    values.forEach(
        (name, value) -> assertEquals(value, NoticeValue.fromJson(value.toJson()), name));
  }
}
