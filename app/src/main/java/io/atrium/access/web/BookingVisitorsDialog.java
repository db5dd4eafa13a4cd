package io.atrium.access.web;

import io.atrium.access.AccessGrant;
import io.atrium.access.BookingVisitors;
import io.atrium.bookings.Booking;
import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.identity.Caller;
import io.atrium.reception.NewVisitor;
import io.atrium.reception.Visitor;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The day's bookings → "Visitors" of a booking (the dialog of
 * WEB-INF/access/booking-visitors.xhtml) (000 workflow 3 step 4): who is invited to it, each with
 * the state of their visit and of their door and Wi-Fi access; add one (name, e-mail, phone,
 * company), invited for the booking's start and given access for its time.
 */
@Named
@ViewScoped
public class BookingVisitorsDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BookingVisitors visitors;

  @Inject Caller caller;

  @Inject Members members;

  private Booking booking;
  private List<Visitor> rows = List.of();
  private Map<Long, List<AccessGrant>> access = Map.of();
  private NewVisitor form = new NewVisitor();

  public void show(long bookingId) {
    booking = visitors.booking(bookingId);
    rows = visitors.of(bookingId);
    access = visitors.access(bookingId);
    form = new NewVisitor();
  }

  public void add() {
    if (booking != null
        && PageErrors.step(
                () -> visitors.add(booking.getId(), form), "booking.visitors.added", "visitors")
            != null) {
      show(booking.getId());
    }
  }

  /** The visitor's door and Wi-Fi grants, by system. */
  public List<AccessGrant> access(Visitor visitor) {
    return access.getOrDefault(visitor.getId(), List.of());
  }

  public boolean isMayAdd() {
    return booking != null
        && booking.isHeld()
        && booking.getEndsAt().isAfter(Instant.now())
        && visitors.mayAdd();
  }

  /**
   * The host by default: the booking's member; staff name one for a company's booking (a member
   * hosts their own visitors).
   */
  public boolean isHostNeeded() {
    return booking != null && booking.getMember() == null && !caller.isMember();
  }

  /** A company's booking: its active members, one of whom hosts. */
  public List<Member> getHosts() {
    return !isHostNeeded() || booking.getCompany() == null
        ? List.of()
        : members.ofCompany(booking.getCompany().getId()).stream()
            .filter(m -> m.getStatus() == Member.Status.ACTIVE)
            .toList();
  }

  public Booking getBooking() {
    return booking;
  }

  public List<Visitor> getRows() {
    return rows;
  }

  public NewVisitor getForm() {
    return form;
  }
}
