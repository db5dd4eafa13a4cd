package io.atrium.access;

import io.atrium.bookings.Booking;
import io.atrium.bookings.MemberBookings;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A member's own door codes and Wi-Fi vouchers, for the bookings they made in the client space or
 * the app (001's "accès" client right, which every company role holds by default): they need them
 * at the door, also when the desk is closed. Only their own grants, never their visitors'.
 */
@ApplicationScoped
public class MemberAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject MemberBookings bookings;

  /** As many upcoming bookings as the client space lists. */
  private static final int UPCOMING = 200;

  Clock clock = Clock.systemUTC();

  /**
   * The access of one booking the calling member made (or that was made for them); another member's
   * is not found, their company's included.
   */
  @Transactional
  public List<AccessGrant> ofBooking(long bookingId) {
    bookings.getOwn(bookingId);
    caller.require(ClientRight.ACCESS);
    return em.createQuery(
            "select g from AccessGrant g where g.bookingId = :id and g.visitorId is null"
                + " order by g.system",
            AccessGrant.class)
        .setParameter("id", bookingId)
        .getResultList();
  }

  /**
   * The active access of the calling member's bookings still to end (as many as their list shows),
   * by booking; none without the right.
   */
  @Transactional
  public Map<Long, List<AccessGrant>> byBooking() {
    caller.requireMember();
    if (!caller.may(ClientRight.ACCESS)) {
      return Map.of();
    }
    long me = caller.requireMember().personId();
    // Only their own: a company's administrator lists the company's bookings, not others' codes.
    List<Long> mine =
        bookings.mine(true, 0, UPCOMING).stream()
            .filter(b -> MemberBookings.own(b, me))
            .map(Booking::getId)
            .toList();
    if (mine.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select g from AccessGrant g where g.bookingId in :mine and g.visitorId is null and"
                + " g.status = :active and g.validUntil > :now order by g.system",
            AccessGrant.class)
        .setParameter("mine", mine)
        .setParameter("active", AccessGrant.Status.ACTIVE)
        .setParameter("now", clock.instant())
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(AccessGrant::getBookingId));
  }
}
