package io.atrium.shared.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

  /** 07:42 UTC: 08:42 in Paris, 13:12 in Bengaluru. */
  private static final Instant MORNING = Instant.parse("2026-12-03T07:42:10Z");

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  private final Formats french = Formats.of(Locale.FRENCH, "FR");
  private final Formats indian = Formats.of(Locale.ENGLISH, "IN");
  private final Formats british = Formats.of(Locale.ENGLISH, "FR");

  @Test
  void frenchReadersGetFrenchDatesOnTheCentresClock() {
    assertEquals("3 déc. 2026", french.date(LocalDate.of(2026, 12, 3)));
    assertEquals("3 déc. 2026, 08:42", french.dateTime(MORNING, PARIS));
    assertEquals("08:42", french.time(MORNING, PARIS));
    assertEquals("3 déc. 2026, 13:12", french.dateTime(MORNING, KOLKATA));
  }

  @Test
  void englishInIndiaPutsTheDayFirstNeverTheUsOrder() {
    assertEquals(new Locale("en", "IN"), indian.getLocale());
    assertEquals("3 Dec 2026", indian.date(LocalDate.of(2026, 12, 3)));
    assertEquals("3 Dec 2026, 13:12", indian.dateTime(MORNING, KOLKATA));
    assertEquals("13:12", indian.time(MORNING, KOLKATA));
    assertEquals("09:05", indian.time(LocalTime.of(9, 5)));
  }

  @Test
  void englishElsewhereIsBritishStyle() {
    assertEquals(Locale.UK, british.getLocale());
    assertEquals("3 Dec 2026, 08:42", british.dateTime(MORNING, PARIS));
    assertEquals("dd/MM/yyyy", british.getDatePattern());
    assertEquals("dd/MM/yyyy", french.getDatePattern());
  }

  @Test
  void theDayIsTheCentresNotUtcs() {
    Instant lateInParis = Instant.parse("2026-12-03T23:30:00Z");
    assertEquals("4 déc. 2026", french.date(lateInParis, PARIS));
    assertEquals("4 Dec 2026, 05:00", indian.dateTime(lateInParis, KOLKATA));
  }

  @Test
  void amountsGroupInLakhsInIndiaAndWithSpacesInFrance() {
    assertEquals("1,00,000.00", indian.amount(new BigDecimal("100000")));
    assertEquals("1,23,45,678.90", indian.amount(new BigDecimal("12345678.9")));
    assertEquals("-999.50", indian.amount(new BigDecimal("-999.5")));
    assertEquals("100,000.00", british.amount(new BigDecimal("100000")));
    assertEquals("100 000,00", french.amount(new BigDecimal("100000")).replace('\u202f', ' '));
    assertEquals("12,5", french.number(new BigDecimal("12.50")));
    assertEquals("12,34,567", indian.number(1234567));
    assertEquals(',', french.decimalSeparator());
    assertEquals('.', indian.decimalSeparator());
  }

  @Test
  void nothingToShowIsEmpty() {
    assertEquals("", french.date((LocalDate) null));
    assertEquals("", french.dateTime(null, PARIS));
    assertEquals("", indian.amount(null));
  }

  @Test
  void aDayIsTypedDayFirstAndAddressesKeepIsoDates() {
    LocalDate third = LocalDate.of(2026, 12, 3);
    assertEquals("03/12/2026", indian.dateInput(third));
    assertEquals(Optional.of(third), Formats.parseDay("03/12/2026"));
    assertEquals(Optional.of(third), Formats.parseDay(" 3/12/2026 "));
    assertEquals(Optional.of(third), Formats.parseDay("2026-12-03"));
    assertEquals(Optional.empty(), Formats.parseDay("12/31/2026"), "never month first");
    assertEquals(Optional.empty(), Formats.parseDay("31/02/2026"));
    assertEquals(Optional.empty(), Formats.parseDay("tomorrow"));
    assertEquals(Optional.empty(), Formats.parseDay(""));
    assertEquals(Optional.empty(), Formats.parseDay("+999999999-12-31"), "no next day");
    assertEquals(Optional.empty(), Formats.parseDay("-4713-01-01"), "before any date column");
    assertEquals(Optional.empty(), Formats.parseDay("1/1/+10000"));
    assertEquals(Optional.of(LocalDate.of(9999, 12, 31)), Formats.parseDay("9999-12-31"));
  }
}
