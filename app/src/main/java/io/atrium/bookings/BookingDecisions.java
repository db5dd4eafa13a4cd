package io.atrium.bookings;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Staff's decision on a member's booking that waits for them (its space's rule says so):
 * bookings:edit confirms or refuses it, audited.
 */
@ApplicationScoped
public class BookingDecisions {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Bookings bookings;

  @Inject BookingBilling billing;

  @Inject BookingMessages messages;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * Confirms a member's booking that waits for staff (its space's rule): billed, given access, the
   * member told. One waiting for a discount's approval is decided in the approvals inbox instead.
   */
  @Transactional
  public Booking confirm(long id) {
    var principal = caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = awaitingStaff(id);
    booking.confirm();
    messages.confirmed(booking);
    billing.confirmed(booking, principal.personId(), principal.fullName());
    bookings.replanned(booking);
    audit.record(
        "Booking",
        booking.getId(),
        "CONFIRM",
        booking.getCentre().getId(),
        Changes.of().field("status", Booking.Status.PENDING_APPROVAL, booking.getStatus()));
    return booking;
  }

  /** Refuses a member's booking that waits for staff: its slot is free again, the member told. */
  @Transactional
  public Booking refuse(long id) {
    caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = awaitingStaff(id);
    booking.cancel(clock.instant());
    messages.cancelled(booking);
    bookings.replanned(booking);
    audit.record(
        "Booking",
        booking.getId(),
        "REFUSE",
        booking.getCentre().getId(),
        Changes.of().field("status", Booking.Status.PENDING_APPROVAL, booking.getStatus()));
    return booking;
  }

  private Booking awaitingStaff(long id) {
    Booking booking = em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (booking == null || !caller.centres().allows(booking.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (booking.getStatus() != Booking.Status.PENDING_APPROVAL) {
      throw new BookingRuleException(409, "booking.confirm.not-pending");
    }
    if (booking.getDiscountPercent().signum() > 0) {
      throw new BookingRuleException(409, "booking.confirm.inbox");
    }
    return booking;
  }
}
