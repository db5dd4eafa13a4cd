package io.atrium.bookings;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookings of the caller's centres: bookings:read to list them and read a space's busy slots,
 * bookings:create to book, bookings:edit to cancel. Every booking made or cancelled is audited with
 * its actor.
 */
@ApplicationScoped
public class Bookings {

  /** The longest window the busy slots of a space are read for. */
  static final Duration WIDEST = Duration.ofDays(62);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject BookingRules rules;

  @Inject AuditTrail audit;

  @Inject BookingMessages messages;

  Clock clock = Clock.systemUTC();

  /** A held time range of a space, without who holds it. */
  public record Slot(Instant startsAt, Instant endsAt) {}

  /** Which bookings to list: any filter may be null; from/to keep those overlapping them. */
  public record Search(Long centreId, Long spaceId, Instant from, Instant to) {}

  @Transactional
  public Booking book(BookingDetails details) {
    var principal = caller.require(Area.BOOKINGS, Action.CREATE);
    BookingRules.Checked checked = rules.check(details);
    List<Booking> taken =
        held(checked.space(), details.startsAt(), details.endsAt())
            .setMaxResults(1)
            .getResultList();
    if (!taken.isEmpty()) {
      throw taken(taken.get(0).getStartsAt(), taken.get(0).getEndsAt(), checked.space());
    }
    Booking booking = new Booking(checked.space(), clock.instant(), principal.personId());
    booking.setCompany(checked.company());
    booking.setMember(checked.company() == null ? checked.member() : null);
    booking.setTimes(details.startsAt(), details.endsAt());
    booking.setGuests(checked.guests());
    booking.setTitle(details.title() == null || details.title().isBlank() ? null : details.title());
    em.persist(booking);
    try {
      // Written here, not at commit, so that the constraint's refusal is answered as a 409.
      em.flush();
    } catch (PersistenceException e) {
      if (overlap(e)) {
        throw taken(details.startsAt(), details.endsAt(), checked.space());
      }
      throw e;
    }
    audit.record(
        "Booking",
        booking.getId(),
        "CREATE",
        booking.getCentre().getId(),
        Changes.of()
            .field("space", null, booking.getSpace().getName())
            .field(
                "payer",
                null,
                booking.getCompany() != null
                    ? booking.getCompany().getName()
                    : booking.getMember().getFullName())
            .field("startsAt", null, booking.getStartsAt())
            .field("endsAt", null, booking.getEndsAt())
            .field("guests", null, booking.getGuests())
            .field("status", null, booking.getStatus()));
    messages.confirmed(booking);
    return booking;
  }

  /** Cancels a held booking: its slot is free again. */
  @Transactional
  public Booking cancel(long id) {
    caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (booking == null || !caller.centres().allows(booking.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (!booking.isHeld()) {
      throw new BookingCancelledException();
    }
    Booking.Status before = booking.getStatus();
    booking.cancel(clock.instant());
    audit.record(
        "Booking",
        booking.getId(),
        "CANCEL",
        booking.getCentre().getId(),
        Changes.of().field("status", before, booking.getStatus()));
    messages.cancelled(booking);
    return booking;
  }

  @Transactional
  public Booking get(long id) {
    caller.require(Area.BOOKINGS, Action.READ);
    Booking booking = em.find(Booking.class, id);
    if (booking == null || !caller.centres().allows(booking.getCentre().getId())) {
      throw new NotFoundException();
    }
    return booking;
  }

  @Transactional
  public List<Booking> list(Search search, int first, int max) {
    return query("select b", search, " order by b.startsAt, b.id", Booking.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional
  public long count(Search search) {
    return query("select count(b)", search, "", Long.class).getSingleResult();
  }

  /** The held slots of a space of the caller's centres between two instants, in order. */
  @Transactional
  public List<Slot> busy(long spaceId, Instant from, Instant to) {
    caller.require(Area.BOOKINGS, Action.READ);
    Space space = em.find(Space.class, spaceId);
    if (space == null || !caller.centres().allows(space.getCentre().getId())) {
      throw new NotFoundException();
    }
    window(from, to);
    return held(space, from, to).getResultList().stream()
        .map(b -> new Slot(b.getStartsAt(), b.getEndsAt()))
        .toList();
  }

  private static void window(Instant from, Instant to) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (from == null) {
      errors.put("from", "booking.time.required");
    }
    if (to == null) {
      errors.put("to", "booking.time.required");
    }
    if (from != null && to != null) {
      if (!to.isAfter(from)) {
        errors.put("to", "booking.time.order");
      } else if (Duration.between(from, to).compareTo(WIDEST) > 0) {
        errors.put("to", "booking.window.too-wide");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private TypedQuery<Booking> held(Space space, Instant from, Instant to) {
    return em.createQuery(
            "select b from Booking b where b.space = :space and b.status <> :cancelled"
                + " and b.startsAt < :to and b.endsAt > :from order by b.startsAt",
            Booking.class)
        .setParameter("space", space)
        .setParameter("cancelled", Booking.Status.CANCELLED)
        .setParameter("from", from)
        .setParameter("to", to);
  }

  private <T> TypedQuery<T> query(String select, Search search, String order, Class<T> type) {
    caller.require(Area.BOOKINGS, Action.READ);
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(Where.inCentres("b.centre.id", caller.centres(), parameters));
    if (search.centreId() != null) {
      where.append(" and b.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.spaceId() != null) {
      where.append(" and b.space.id = :space");
      parameters.put("space", search.spaceId());
    }
    if (search.from() != null) {
      where.append(" and b.endsAt > :from");
      parameters.put("from", search.from());
    }
    if (search.to() != null) {
      where.append(" and b.startsAt < :to");
      parameters.put("to", search.to());
    }
    TypedQuery<T> query = em.createQuery(select + " from Booking b where " + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /** The taken slot on the centre's clock, with its offset: one instant each, read locally. */
  private static BusinessException taken(Instant from, Instant to, Space space) {
    ZoneId zone = space.getCentre().zone();
    return new SlotTakenException(
        from.atZone(zone).toOffsetDateTime().toString(),
        to.atZone(zone).toOffsetDateTime().toString());
  }

  /** The exclusion constraint refused the row (SQLSTATE 23P01): two bookings raced for a slot. */
  private static boolean overlap(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
