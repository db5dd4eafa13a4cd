package io.atrium.bookings;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Weekly bookings (issue 14: "recurring bookings, weekly until a date, with per-occurrence
 * conflicts reported"), on top of {@link Bookings}' steps; bookings:create.
 */
@ApplicationScoped
public class WeeklyBookings {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Bookings bookings;

  @Inject BookingRules rules;

  @Inject BookingPolicy policy;

  @Inject BookingBilling billing;

  @Inject BookingMessages messages;

  @Inject CentreClosures closures;

  /** What a weekly booking made: the occurrences booked, and the ones whose slot was taken. */
  public record Series(List<Booking> booked, List<Bookings.Slot> taken) {}

  /** The most occurrences a weekly booking makes: a year of weeks. */
  static final int MOST_WEEKS = 53;

  /**
   * Books the same time every week from the details' day until {@code until} (included): every free
   * occurrence is booked, each taken one is reported with its time and left out. Refused as a whole
   * when the first occurrence breaks a rule or when no occurrence is free.
   */
  @Transactional
  public Series bookWeekly(BookingDetails details, LocalDate until) {
    var principal = caller.require(Area.BOOKINGS, Action.CREATE);
    BookingRules.Checked checked = rules.check(details);
    ZoneId zone = checked.space().getCentre().zone();
    ZonedDateTime first = details.startsAt().atZone(zone);
    ZonedDateTime firstEnd = details.endsAt().atZone(zone);
    if (until == null) {
      throw InvalidFieldsException.of("repeatUntil", "booking.repeat.required");
    }
    if (until.isBefore(first.toLocalDate())
        || until.isAfter(first.toLocalDate().plusWeeks(MOST_WEEKS - 1))) {
      throw InvalidFieldsException.of("repeatUntil", "booking.repeat.range");
    }
    List<Booking> booked = new ArrayList<>();
    List<Bookings.Slot> taken = new ArrayList<>();
    // The same wall-clock time each week, so a change of daylight saving time keeps 10:00 at 10:00.
    for (ZonedDateTime start = first, end = firstEnd;
        !start.toLocalDate().isAfter(until);
        start = start.plusWeeks(1), end = end.plusWeeks(1)) {
      if (!bookings
              .held(checked.space(), start.toInstant(), end.toInstant())
              .setMaxResults(1)
              .getResultList()
              .isEmpty()
          || !BookingRules.open(checked.space(), start.toInstant(), end.toInstant())
          || closures.during(checked.space(), start.toInstant(), end.toInstant()).isPresent()
          || !allowed(checked, start.toInstant(), end.toInstant(), start.equals(first))) {
        taken.add(new Bookings.Slot(start.toInstant(), end.toInstant()));
        continue;
      }
      Booking booking =
          bookings.newBooking(
              checked, start.toInstant(), end.toInstant(), principal.personId(), details);
      booked.add(booking);
    }
    if (booked.isEmpty()) {
      throw Bookings.taken(taken.get(0).startsAt(), taken.get(0).endsAt(), checked.space());
    }
    booked.forEach(em::persist); // ids are given here, from the sequence
    long series = booked.get(0).getId();
    booked.forEach(b -> b.setSeriesId(series));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (Bookings.overlap(e)) {
        throw Bookings.taken(details.startsAt(), details.endsAt(), checked.space());
      }
      throw e;
    }
    booked.forEach(b -> billing.price(b, BigDecimal.ZERO.setScale(2)));
    messages.seriesConfirmed(booked, taken.stream().map(Bookings.Slot::startsAt).toList());
    for (Booking b : booked) {
      billing.confirmed(b, principal.personId(), principal.fullName());
    }
    bookings.replanned(booked.get(0));
    booked.forEach(bookings::audited);
    return new Series(booked, taken);
  }

  /**
   * Whether the rules allow this occurrence of a weekly booking; the first one's refusal refuses
   * the whole series, a later one's is reported as taken.
   */
  private boolean allowed(BookingRules.Checked checked, Instant from, Instant to, boolean first) {
    try {
      policy.check(checked.space(), checked.company(), from, to);
      return true;
    } catch (BookingRuleException refused) {
      if (first) {
        throw refused;
      }
      return false;
    }
  }
}
