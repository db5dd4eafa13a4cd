package io.atrium.bookings;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The bookings of the caller's centres: bookings:read to list them and read a space's busy slots,
 * bookings:create to book, bookings:edit to change or cancel. Every booking made, changed or
 * cancelled is audited with its actor. The steps it shares ({@link #placed}, {@link #written},
 * {@link #cancelled}, {@link #changed}…) serve members' bookings ({@link MemberBookings}), weekly
 * series ({@link WeeklyBookings}) and staff's decisions ({@link BookingDecisions}) too.
 */
@ApplicationScoped
public class Bookings {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject BookingRules rules;

  @Inject AuditTrail audit;

  @Inject BookingMessages messages;

  @Inject BookingBilling billing;

  @Inject BookingPolicy policy;

  @Inject Event<BookingChanged> changedEvent;

  @Inject Event<BookingCancelled> cancelledEvent;

  @Inject Event<PlanningChanged> planningEvent;

  @Inject io.atrium.tenancy.Tenancy tenancy;

  Clock clock = Clock.systemUTC();

  /** A held time range of a space, without who holds it. */
  public record Slot(Instant startsAt, Instant endsAt) {}

  @Transactional
  public Booking book(BookingDetails details) {
    var principal = caller.require(Area.BOOKINGS, Action.CREATE);
    BookingRules.Checked checked = rules.check(details);
    Booking booking =
        placed(
            checked,
            details,
            principal.personId(),
            BookingBilling.discount(details.discountPercent()));
    booking.setInvoiceNow(details.invoiceNow());
    billing.billedAhead(booking, principal.personId());
    written(booking, checked);
    if (billing.submit(booking, principal.personId())) {
      messages.confirmed(booking);
      billing.confirmed(booking, principal.personId(), principal.fullName());
    }
    audited(booking);
    return booking;
  }

  /**
   * A booking of a checked space and payer, priced and not yet written: refused when the space's
   * rules refuse it or when its slot is held.
   */
  Booking placed(
      BookingRules.Checked checked, BookingDetails details, Long authorId, BigDecimal discount) {
    policy.check(checked.space(), checked.company(), details.startsAt(), details.endsAt());
    List<Booking> taken =
        held(checked.space(), details.startsAt(), details.endsAt())
            .setMaxResults(1)
            .getResultList();
    if (!taken.isEmpty()) {
      throw taken(taken.get(0).getStartsAt(), taken.get(0).getEndsAt(), checked.space());
    }
    Booking booking = newBooking(checked, details.startsAt(), details.endsAt(), authorId, details);
    billing.price(booking, discount);
    return booking;
  }

  /** Writes the booking now, not at commit, so that the constraint's refusal is answered 409. */
  void written(Booking booking, BookingRules.Checked checked) {
    em.persist(booking);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (overlap(e)) {
        throw taken(booking.getStartsAt(), booking.getEndsAt(), checked.space());
      }
      throw e;
    }
    replanned(booking);
  }

  /** The booking's centre's open plannings are redrawn once this transaction commits. */
  void replanned(Booking booking) {
    planningEvent.fire(
        new PlanningChanged(tenancy.currentTenantId().orElseThrow(), booking.getCentre().getId()));
  }

  Booking newBooking(
      BookingRules.Checked checked,
      Instant from,
      Instant to,
      Long actorId,
      BookingDetails details) {
    Booking booking = new Booking(checked.space(), clock.instant(), actorId);
    booking.setCompany(checked.company());
    booking.setMember(checked.company() == null ? checked.member() : null);
    booking.setTimes(from, to);
    booking.setGuests(checked.guests());
    booking.setTitle(details.title() == null || details.title().isBlank() ? null : details.title());
    booking.setContractId(checked.contractId());
    return booking;
  }

  void audited(Booking booking) {
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
            .field("series", null, booking.getSeriesId())
            .field(
                "bookedBy",
                null,
                booking.getBookedBy() == null ? null : booking.getBookedBy().getFullName())
            .field("status", null, booking.getStatus())
            .field("discountPercent", null, booking.getDiscountPercent())
            .field("netTotal", null, booking.getNetTotal())
            .field("invoiceId", null, booking.getInvoiceId()));
  }

  /** Cancels a held booking: its slot is free again. */
  @Transactional
  public Booking cancel(long id) {
    var principal = caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (booking == null || !caller.centres().allows(booking.getCentre().getId())) {
      throw new NotFoundException();
    }
    return cancelled(booking, principal.personId());
  }

  /**
   * What cancelling the booking now would cost under its space's rule, computed as the cancellation
   * computes it: for the confirmation shown before one. Nothing for a booking no longer held.
   */
  @Transactional
  public CancellationCost cancellationCost(Booking booking) {
    return booking.isHeld() ? billing.cancellationCost(booking) : CancellationCost.NONE;
  }

  /**
   * Cancels a locked booking: its consumption withdrawn, its late fee billed when inside the
   * cancellation window, the client told, the change audited.
   */
  Booking cancelled(Booking booking, Long actorId) {
    if (!booking.isHeld()) {
      throw new BookingCancelledException();
    }
    Booking.Status before = booking.getStatus();
    booking.cancel(clock.instant());
    billing.cancelled(booking, actorId);
    messages.cancelled(booking);
    cancelledEvent.fire(new BookingCancelled(booking));
    replanned(booking);
    audit.record(
        "Booking",
        booking.getId(),
        "CANCEL",
        booking.getCentre().getId(),
        Changes.of()
            .field("status", before, booking.getStatus())
            .field("lateFeeConsumption", null, booking.getLateFeeConsumptionId()));
    return booking;
  }

  /** Changes a held booking of the caller's centres (bookings:edit). */
  @Transactional
  public Booking change(long id, BookingDetails details) {
    var principal = caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (booking == null || !caller.centres().allows(booking.getCentre().getId())) {
      throw new NotFoundException();
    }
    return changed(booking, details, principal.personId());
  }

  /**
   * Changes a locked booking: another space of its centre, other times (under the space's rules and
   * on a free slot, the booking itself aside: it may move by half an hour), people or title. A move
   * is priced again; the client is sent the event with its next sequence; the change is audited. A
   * booking pending approval, over, or (for a move) invoiced, is refused.
   */
  Booking changed(Booking booking, BookingDetails details, Long actorId) {
    if (!booking.isHeld()) {
      throw new BookingCancelledException();
    }
    if (booking.getStatus() == Booking.Status.PENDING_APPROVAL) {
      throw new BookingRuleException(409, "booking.change.pending");
    }
    if (!booking.getEndsAt().isAfter(clock.instant())) {
      throw new BookingRuleException(409, "booking.change.over");
    }
    BookingRules.Checked checked = rules.checkChange(details, booking);
    Instant from = details.startsAt();
    Instant to = details.endsAt();
    boolean moved =
        !checked.space().equals(booking.getSpace())
            || !from.equals(booking.getStartsAt())
            || !to.equals(booking.getEndsAt());
    if (moved && booking.getInvoiceId() != null) {
      throw new BookingRuleException(409, "booking.change.invoiced");
    }
    if (moved) {
      policy.check(checked.space(), checked.company(), from, to, booking.getId());
      List<Booking> taken =
          held(checked.space(), from, to).getResultList().stream()
              .filter(b -> !b.getId().equals(booking.getId()))
              .limit(1)
              .toList();
      if (!taken.isEmpty()) {
        throw taken(taken.get(0).getStartsAt(), taken.get(0).getEndsAt(), checked.space());
      }
    }
    String title = details.title() == null || details.title().isBlank() ? null : details.title();
    Changes changes =
        Changes.of()
            .field("space", booking.getSpace().getName(), checked.space().getName())
            .field("startsAt", booking.getStartsAt(), from)
            .field("endsAt", booking.getEndsAt(), to)
            .field("guests", booking.getGuests(), checked.guests())
            .field("title", booking.getTitle(), title);
    BigDecimal before = booking.getNetTotal();
    booking.changed(checked.space(), from, to, checked.guests(), title);
    if (moved) {
      billing.repriced(booking, actorId);
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (overlap(e)) {
        throw taken(from, to, checked.space());
      }
      throw e;
    }
    if (moved) {
      changedEvent.fire(new BookingChanged(booking));
    }
    replanned(booking);
    messages.changed(booking);
    audit.record(
        "Booking",
        booking.getId(),
        "UPDATE",
        booking.getCentre().getId(),
        changes.field("netTotal", before, booking.getNetTotal()));
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

  TypedQuery<Booking> held(Space space, Instant from, Instant to) {
    return em.createQuery(
            "select b from Booking b where b.space = :space and b.status <> :cancelled"
                + " and b.startsAt < :to and b.endsAt > :from order by b.startsAt",
            Booking.class)
        .setParameter("space", space)
        .setParameter("cancelled", Booking.Status.CANCELLED)
        .setParameter("from", from)
        .setParameter("to", to);
  }

  /** The taken slot on the centre's clock, with its offset: one instant each, read locally. */
  static BusinessException taken(Instant from, Instant to, Space space) {
    ZoneId zone = space.getCentre().zone();
    return new SlotTakenException(
        from.atZone(zone).toOffsetDateTime().toString(),
        to.atZone(zone).toOffsetDateTime().toString());
  }

  /** The exclusion constraint refused the row (SQLSTATE 23P01): two bookings raced for a slot. */
  static boolean overlap(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
