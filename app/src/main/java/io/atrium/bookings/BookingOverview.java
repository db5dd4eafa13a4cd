package io.atrium.bookings;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking overview (001 §9: the list with its filters, its CSV; a centre or a space named must
 * be one of the caller's, else not found) and a space's busy slots (the availability the client
 * space and the API read), for the caller's centres (bookings:read). A member reads the busy slots
 * of the spaces they may book: an app shows what is free before it books, as the client space's
 * form does.
 */
@ApplicationScoped
public class BookingOverview {

  /** The longest window the busy slots of a space, or the overview's period, are read for. */
  public static final Duration WIDEST = Duration.ofDays(62);

  /** Which bookings to list: any filter may be null; from/to keep those overlapping them. */
  public record Search(Long centreId, Long spaceId, Instant from, Instant to)
      implements java.io.Serializable {

    /**
     * The overview's period, from the first day's midnight to the one after the last day, on the
     * centre's clock: refused on the field at fault when a day is missing, the last comes before
     * the first, or the period is longer than {@link #WIDEST}.
     */
    public static Search ofDays(
        Long centreId, Long spaceId, LocalDate first, LocalDate last, ZoneId zone) {
      Map<String, String> errors = new LinkedHashMap<>();
      if (first == null) {
        errors.put("from", "booking.period.required");
      }
      if (last == null) {
        errors.put("to", "booking.period.required");
      }
      if (first != null && last != null) {
        if (last.isBefore(first)) {
          errors.put("to", "booking.period.order");
        } else if (ChronoUnit.DAYS.between(first, last) + 1 > WIDEST.toDays()) {
          errors.put("to", "booking.window.too-wide");
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidFieldsException(errors);
      }
      return new Search(
          centreId,
          spaceId,
          first.atStartOfDay(zone).toInstant(),
          last.plusDays(1).atStartOfDay(zone).toInstant());
    }
  }

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Bookings bookings;

  @Inject BookingChoices choices;

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

  /**
   * The held slots of a space between two instants, in order: a space of the caller's centres for
   * staff, one the member may book for a member (without who holds them, for both).
   */
  @Transactional
  public List<Bookings.Slot> busy(long spaceId, Instant from, Instant to) {
    boolean member = caller.isMember();
    if (member) {
      caller.requireMember();
    } else {
      caller.require(Area.BOOKINGS, Action.READ);
    }
    Space space = em.find(Space.class, spaceId);
    if (space == null
        || !caller.centres().allows(space.getCentre().getId())
        || (member && choices.forMember().spaces().stream().noneMatch(s -> s.id() == spaceId))) {
      throw new NotFoundException();
    }
    window(from, to);
    return bookings.held(space, from, to).getResultList().stream()
        .map(b -> new Bookings.Slot(b.getStartsAt(), b.getEndsAt()))
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

  private <T> TypedQuery<T> query(String select, Search search, String order, Class<T> type) {
    caller.require(Area.BOOKINGS, Action.READ);
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(Where.inCentres("b.centre.id", caller.centres(), parameters));
    if (search.centreId() != null) {
      if (!caller.centres().allows(search.centreId())) {
        throw new NotFoundException();
      }
      where.append(" and b.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.spaceId() != null) {
      Space space = em.find(Space.class, search.spaceId());
      if (space == null
          || !caller.centres().allows(space.getCentre().getId())
          || (search.centreId() != null && !search.centreId().equals(space.getCentre().getId()))) {
        throw new NotFoundException();
      }
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
}
