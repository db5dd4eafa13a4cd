package io.atrium.bookings;

import io.atrium.directory.Company;
import io.atrium.spaces.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The booking rules in force for a space (its own, else its centre's, else Atrium's defaults), and
 * their checks: length, granularity on the centre's clock, how far ahead, notice, the buffer kept
 * around other bookings of the space, and a company's weekly quota of it. A refusal names the rule
 * and its value; a buffer refusal also gives the neighbouring slot's time, never its holder.
 */
@ApplicationScoped
class BookingPolicy {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** The values in force for the space: its own rule's, else its centre's, else the defaults. */
  BookingRuleValues of(Space space) {
    // One query for both rows: every booking reads them, a member's twice.
    List<BookingRule> rules =
        em.createQuery(
                "select r from BookingRule r where r.space = :space or (r.centre = :centre and"
                    + " r.space is null)",
                BookingRule.class)
            .setParameter("space", space)
            .setParameter("centre", space.getCentre())
            .getResultList();
    BookingRuleValues own = valuesOf(rules.stream().filter(r -> r.getSpace() != null).toList());
    BookingRuleValues centre = valuesOf(rules.stream().filter(r -> r.getSpace() == null).toList());
    return own.or(centre).or(BookingRuleValues.DEFAULTS);
  }

  private static BookingRuleValues valuesOf(List<BookingRule> rules) {
    return rules.isEmpty() ? BookingRuleValues.NONE : rules.get(0).values();
  }

  /** Checks a new booking of the (locked) space against its rules. */
  void check(Space space, Company company, Instant from, Instant to) {
    check(space, company, from, to, null);
  }

  /**
   * Checks a booking of the (locked) space against its rules; {@code changing}, the booking being
   * changed, does not count against itself (its buffer, its share of the quota).
   */
  void check(Space space, Company company, Instant from, Instant to, Long changing) {
    BookingRuleValues rules = of(space);
    ZoneId zone = space.getCentre().zone();
    long minutes = Duration.between(from, to).toMinutes();
    if (minutes < rules.minMinutes()) {
      throw new BookingRuleException(400, "booking.rule.min", rules.minMinutes());
    }
    if (minutes > rules.maxMinutes()) {
      throw new BookingRuleException(400, "booking.rule.max", rules.maxMinutes());
    }
    int step = rules.granularityMinutes();
    if (minuteOfDay(from, zone) % step != 0 || minuteOfDay(to, zone) % step != 0) {
      throw new BookingRuleException(400, "booking.rule.granularity", step);
    }
    Instant now = clock.instant();
    if (rules.maxDaysAhead() != null
        && from.isAfter(now.plus(Duration.ofDays(rules.maxDaysAhead())))) {
      throw new BookingRuleException(400, "booking.rule.ahead", rules.maxDaysAhead());
    }
    if (rules.minNoticeMinutes() > 0
        && from.isBefore(now.plus(Duration.ofMinutes(rules.minNoticeMinutes())))) {
      throw new BookingRuleException(400, "booking.rule.notice", rules.minNoticeMinutes());
    }
    if (rules.bufferMinutes() > 0) {
      Duration buffer = Duration.ofMinutes(rules.bufferMinutes());
      List<Booking> near =
          em.createQuery(
                  "select b from Booking b where b.space = :space and b.status <> :cancelled"
                      + " and b.startsAt < :to and b.endsAt > :from and b.id <> :changing"
                      + " order by b.startsAt",
                  Booking.class)
              .setParameter("space", space)
              .setParameter("changing", changing == null ? -1L : changing)
              .setParameter("cancelled", Booking.Status.CANCELLED)
              .setParameter("from", from.minus(buffer))
              .setParameter("to", to.plus(buffer))
              .setMaxResults(1)
              .getResultList();
      if (!near.isEmpty()) {
        throw new BookingRuleException(
            409,
            "booking.rule.buffer",
            rules.bufferMinutes(),
            SlotText.start(near.get(0).getStartsAt(), zone),
            SlotText.end(near.get(0).getEndsAt(), zone));
      }
    }
    if (company != null && rules.weeklyQuotaHours() != null) {
      ZonedDateTime monday =
          from.atZone(zone)
              .toLocalDate()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .atStartOfDay(zone);
      long held =
          em
              .createQuery(
                  "select b from Booking b where b.space = :space and b.company = :company and"
                      + " b.status <> :cancelled and b.startsAt >= :monday and b.startsAt < :next"
                      + " and b.id <> :changing",
                  Booking.class)
              .setParameter("space", space)
              .setParameter("changing", changing == null ? -1L : changing)
              .setParameter("company", company)
              .setParameter("cancelled", Booking.Status.CANCELLED)
              .setParameter("monday", monday.toInstant())
              .setParameter("next", monday.plusWeeks(1).toInstant())
              .getResultList()
              .stream()
              .mapToLong(b -> Duration.between(b.getStartsAt(), b.getEndsAt()).toMinutes())
              .sum();
      if (held + minutes > rules.weeklyQuotaHours() * 60L) {
        throw new BookingRuleException(409, "booking.rule.quota", rules.weeklyQuotaHours());
      }
    }
  }

  /**
   * The fee (a share of the price, in percent) a cancellation now costs: zero when it is early
   * enough, the space has no fee, or the booking was free.
   */
  BigDecimal lateFee(Booking booking) {
    BookingRuleValues rules = of(booking.getSpace());
    Instant late = booking.getStartsAt().minus(Duration.ofHours(rules.cancelWindowHours()));
    if (booking.getNetTotal() == null
        || rules.lateCancelFeePercent().signum() == 0
        || clock.instant().isBefore(late)) {
      return BigDecimal.ZERO;
    }
    return rules.lateCancelFeePercent();
  }

  private static int minuteOfDay(Instant instant, ZoneId zone) {
    var time = instant.atZone(zone).toLocalTime();
    return time.getHour() * 60 + time.getMinute();
  }
}
