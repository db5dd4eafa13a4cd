package io.atrium.shared.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way Atrium writes dates, times and numbers for people: every page, mail, CSV and PDF.
 *
 * <p>The reader's language picks the words, the tenant's country the English variant: French is
 * fr-FR; English is en-IN for a tenant in India and en-GB everywhere else, so days always come
 * before months ("3 Dec 2026"; a US "12/3/26" is read as 12 March in India and in Europe). One
 * pattern per style, whatever the page: date "3 déc. 2026", date-time "3 déc. 2026, 08:42", time
 * "08:42" (minutes only, so time columns keep one width). Numbers group as the region does: en-IN
 * in lakhs and crores (1,00,000.00), fr-FR with spaces and a decimal comma (100 000,00).
 *
 * <p>Instants are shown on the clock of the place they concern (a centre's zone), never the
 * server's or the reader's: a visitor arriving at 08:42 in Paris arrived at 08:42.
 */
public class Formats {

  private static final String DATE = "d MMM uuuu";
  private static final String TIME = "HH:mm";
  private static final String DATE_INPUT = "dd/MM/yyyy";

  private final Locale locale;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter time;

  /** For CDI's proxy of the request's formats only. */
  protected Formats() {
    this(Locale.UK);
  }

  private Formats(Locale locale) {
    this.locale = locale;
    this.date = DateTimeFormatter.ofPattern(DATE, locale);
    this.dateTime = DateTimeFormatter.ofPattern(DATE + ", " + TIME, locale);
    this.time = DateTimeFormatter.ofPattern(TIME, locale);
  }

  /**
   * The formats for a reader of this language in a tenant of this country (ISO 3166 alpha-2, may be
   * null).
   */
  public static Formats of(Locale language, String country) {
    return new Formats(region(language, country));
  }

  /** fr-FR, en-IN or en-GB: the region whose conventions a reader of the language gets. */
  static Locale region(Locale language, String country) {
    if (language != null && "fr".equals(language.getLanguage())) {
      return Locale.FRANCE;
    }
    return "IN".equalsIgnoreCase(country) ? new Locale("en", "IN") : Locale.UK;
  }

  public Locale getLocale() {
    return locale;
  }

  /** "3 Dec 2026", "3 déc. 2026"; empty for no date. */
  public String date(LocalDate day) {
    return day == null ? "" : date.format(day);
  }

  /** The day an instant falls on in that zone. */
  public String date(Instant instant, ZoneId zone) {
    return instant == null ? "" : date.format(instant.atZone(zone));
  }

  /** "3 Dec 2026, 08:42" on the clock of that zone. */
  public String dateTime(Instant instant, ZoneId zone) {
    return instant == null ? "" : dateTime.format(instant.atZone(zone));
  }

  public String dateTime(LocalDateTime local) {
    return local == null ? "" : dateTime.format(local);
  }

  /** "08:42" on the clock of that zone. */
  public String time(Instant instant, ZoneId zone) {
    return instant == null ? "" : time.format(instant.atZone(zone));
  }

  public String time(LocalTime local) {
    return local == null ? "" : time.format(local);
  }

  /**
   * The pattern date inputs take typed dates in: digits in the same day-month order as shown
   * ("03/12/2026"), easier to type than month names.
   */
  public String getDatePattern() {
    return DATE_INPUT;
  }

  /** A day as date inputs take it ("03/12/2026"). */
  public String dateInput(LocalDate day) {
    return day == null ? "" : DateTimeFormatter.ofPattern(DATE_INPUT).format(day);
  }

  /**
   * A day typed in a date input ("03/12/2026", "3/12/2026") or written in an address
   * ("2026-12-03"); empty when it is neither, or out of the years 1 to 9999 (ISO reads
   * "+999999999-12-31", which no date column stores and whose next day does not exist: the
   * reception dashboard answered it with an empty 500 page).
   */
  public static Optional<LocalDate> parseDay(String text) {
    return parseAnyDay(text).filter(day -> day.getYear() >= 1 && day.getYear() <= 9999);
  }

  private static Optional<LocalDate> parseAnyDay(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String typed = text.strip();
    for (DateTimeFormatter format :
        List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))) {
      try {
        return Optional.of(LocalDate.parse(typed, format));
      } catch (DateTimeParseException notThisOne) {
        // The next format may read it.
      }
    }
    return Optional.empty();
  }

  public String getTimePattern() {
    return TIME;
  }

  /** A whole or decimal number with the region's grouping: "1,00,000", "100 000". */
  public String number(Number value) {
    if (value == null) {
      return "";
    }
    BigDecimal decimal = new BigDecimal(value.toString());
    return format(decimal, Math.max(0, Math.min(decimal.stripTrailingZeros().scale(), 6)));
  }

  /** An amount of money, always with two decimals: "1,00,000.00", "100 000,00". */
  public String amount(BigDecimal value) {
    return value == null ? "" : format(value, 2);
  }

  /** The decimal separator spreadsheets of this region expect: ',' in French, '.' in English. */
  public char decimalSeparator() {
    return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
  }

  private String format(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
    if (!"IN".equals(locale.getCountry())) {
      NumberFormat regional = NumberFormat.getNumberInstance(locale);
      regional.setMinimumFractionDigits(decimals);
      regional.setMaximumFractionDigits(decimals);
      regional.setRoundingMode(RoundingMode.HALF_EVEN);
      return regional.format(rounded);
    }
    return lakhs(rounded, decimals);
  }

  /**
   * Indian grouping (the last three digits, then pairs): java.text.DecimalFormat knows only one
   * group size, so it would write 100,000.00.
   */
  private static String lakhs(BigDecimal value, int decimals) {
    DecimalFormat plain =
        new DecimalFormat(
            decimals == 0 ? "0" : "0." + "0".repeat(decimals),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    String text = plain.format(value.abs());
    int dot = text.indexOf('.');
    String whole = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "" : text.substring(dot);
    StringBuilder grouped = new StringBuilder();
    int end = whole.length();
    int group = 3;
    while (end > group) {
      grouped.insert(0, "," + whole.substring(end - group, end));
      end -= group;
      group = 2;
    }
    grouped.insert(0, whole.substring(0, end));
    return (value.signum() < 0 ? "-" : "") + grouped + fraction;
  }
}
