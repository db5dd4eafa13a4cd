package io.atrium.access;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingCancelled;
import io.atrium.bookings.Bookings;
import io.atrium.bookings.MemberBookings;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.reception.NewVisitor;
import io.atrium.reception.Visitor;
import io.atrium.reception.Visitors;
import io.atrium.reception.VisitorsPurged;
import io.atrium.shared.InvalidFieldsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Visitors added to a booking (000 workflow 3 step 4): each is invited as reception invites (the
 * mail with its check-in code), expected at the booking's centre, day and start, hosted by the
 * booking's member, and gets their own door and Wi-Fi access for the booking's time once it is
 * confirmed, revoked with it; told not to come when it is cancelled.
 */
@ApplicationScoped
public class BookingVisitors {

  @Inject Caller caller;

  @Inject Bookings bookings;

  @Inject MemberBookings memberBookings;

  @Inject Visitors visitors;

  @Inject Provisioning provisioning;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * Purged visitors' grants forget their names with them: the grants themselves stay, as the
   * provisioning log's record of what the doors and Wi-Fi were told.
   */
  void purged(@Observes VisitorsPurged purged) {
    em.createQuery("update AccessGrant g set g.holder = null where g.visitorId in :visitors")
        .setParameter("visitors", purged.visitorIds())
        .executeUpdate();
  }

  /** A cancelled booking's visitors are told not to come (their access goes with the booking's). */
  void cancelled(@Observes BookingCancelled cancelled) {
    visitors.bookingCancelled(cancelled.booking().getId());
  }

  /** The booking's visitors (bookings:read, the booking's centre; or the member who booked). */
  @Transactional
  public List<Visitor> of(long bookingId) {
    booking(bookingId);
    return visitors.ofBooking(bookingId);
  }

  /** Staff's booking of their centres, or the calling member's own; else not found. */
  @Transactional
  public Booking booking(long bookingId) {
    return caller.isMember() ? memberBookings.get(bookingId) : bookings.get(bookingId);
  }

  /** The door and Wi-Fi grants of the booking's visitors, by visitor. */
  @Transactional
  public Map<Long, List<AccessGrant>> access(long bookingId) {
    booking(bookingId);
    return provisioning.grants("bookingId", bookingId, false).stream()
        .filter(g -> g.getVisitorId() != null)
        .collect(Collectors.groupingBy(AccessGrant::getVisitorId));
  }

  /** Whether the caller may add visitors to bookings: staff's rights, or a member's. */
  public boolean mayAdd() {
    return caller.isMember()
        ? caller.may(ClientRight.APPOINTMENTS)
        : caller.can("bookings:edit") && caller.can("visitors:create");
  }

  /**
   * Adds a visitor to a booking to come (staff: bookings:edit and visitors:create; a member: their
   * own booking, with the right to invite visitors): the form's name, e-mail, phone, company,
   * purpose (by default the booking's title) and notes; the host is the booking's member unless the
   * form names one (required for a company's booking).
   */
  @Transactional
  public Visitor add(long bookingId, NewVisitor form) {
    if (!caller.isMember()) {
      caller.require(Area.BOOKINGS, Action.EDIT);
    }
    Booking booking = booking(bookingId);
    if (!booking.isHeld() || !booking.getEndsAt().isAfter(clock.instant())) {
      throw new Provisioning.GiveAccessRefused("booking.visitors.over");
    }
    if (form == null) {
      throw InvalidFieldsException.of("fullName", "visitor.fullName.required");
    }
    ZonedDateTime start = booking.getStartsAt().atZone(booking.getCentre().zone());
    form.setCentreId(booking.getCentre().getId());
    form.setExpectedDate(start.toLocalDate());
    form.setVisitTime(start.toLocalTime());
    if (form.getHostId() == null && booking.getMember() != null) {
      form.setHostId(booking.getMember().getId());
    }
    if ((form.getPurpose() == null || form.getPurpose().isBlank()) && booking.getTitle() != null) {
      form.setPurpose(booking.getTitle());
    }
    Visitor visitor = visitors.inviteForBooking(form, bookingId);
    if (!visitor.getCentre().getId().equals(booking.getCentre().getId())) {
      // A member invites to their own centre: a booking made for them elsewhere is staff's.
      throw InvalidFieldsException.of("hostId", "booking.visitors.otherCentre");
    }
    if (booking.getStatus() == Booking.Status.CONFIRMED) {
      provisioning.queueVisitor(booking, visitor);
    }
    return visitor;
  }
}
