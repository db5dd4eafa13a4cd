package io.atrium.bookings.web.portal;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingChoices;
import io.atrium.bookings.BookingDetails;
import io.atrium.bookings.BookingOverview;
import io.atrium.bookings.MemberBookings;
import io.atrium.bookings.web.SlotForm;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;

/**
 * Client space → Bookings (001, client space §3): the member books a meeting room or a bureau de
 * passage of their centre for their company, and sees their bookings to come, which they may change
 * or cancel before they start, and their past ones. Times are on the centre's clock.
 */
@Named
@ViewScoped
public class MyBookingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The past bookings shown: the latest ones. */
  private static final int PAST_SHOWN = 50;

  @Inject Caller caller;

  @Inject MemberBookings bookings;

  @Inject BookingChoices choices;

  @Inject BookingOverview overview;

  private BookingChoices.MemberChoices where;
  private List<Booking> upcoming = List.of();
  private List<Booking> past = List.of();
  private final SlotForm form = new SlotForm();

  /** The space and day {@link #taken} was read for, and what it says. */
  private String takenFor;

  private String taken = "";

  /** The booking the form changes; null while it makes a new one. */
  private Long changingId;

  public void load() {
    where = choices.forMember();
    if (form.getDay() == null) {
      form.setDay(LocalDate.now(where.zone()));
    }
    if (form.getSpaceId() == null && !where.spaces().isEmpty()) {
      form.setSpaceId(where.spaces().get(0).id());
    }
    rows();
  }

  private void rows() {
    takenFor = null;
    upcoming = bookings.mine(true, 0, 200);
    past = bookings.mine(false, 0, PAST_SHOWN);
  }

  /** Whether the member's role lets them book what has a price (the role User does not). */
  public boolean isMayPay() {
    return caller.may(ClientRight.PAID_BOOKINGS);
  }

  public void book() {
    BookingDetails details =
        new BookingDetails(
            form.getSpaceId(),
            null,
            null,
            form.startsAt(getZone()),
            form.endsAt(getZone()),
            form.getGuests(),
            form.getTitle());
    Long id = changingId;
    Booking done =
        id == null
            ? PageErrors.step(() -> bookings.book(details), null, "book")
            : PageErrors.step(() -> bookings.change(id, details), "booking.changed", "book");
    if (done != null && id == null) {
      Messages.addGlobalInfo(
          done.getStatus() == Booking.Status.PENDING_APPROVAL
              ? "booking.requested"
              : "booking.saved");
    }
    if (done != null) {
      stopChange();
      rows();
    }
  }

  /** Fills the form with a booking to change: its space, day, times, people and title. */
  public void startChange(Booking booking) {
    changingId = booking.getId();
    form.fill(booking, getZone());
  }

  public void stopChange() {
    changingId = null;
    form.setTitle(null);
  }

  public boolean isChanging() {
    return changingId != null;
  }

  public void cancel(long id) {
    Booking cancelled = PageErrors.step(() -> bookings.cancel(id), null, "mine");
    if (cancelled != null) {
      // The late fee billed, or the credits kept, named as staff read it.
      io.atrium.bookings.web.CancellationTexts.done(
          cancelled, org.omnifaces.util.Faces.getLocale());
    }
    rows();
  }

  /** Whether the member made the booking: only theirs are theirs to change. */
  public boolean madeByMe(Booking booking) {
    return MemberBookings.madeBy(booking, caller.getPrincipal().personId());
  }

  /** Whether the booking is the member's own (made by or for them), not only their company's. */
  public boolean own(Booking booking) {
    return MemberBookings.own(booking, caller.getPrincipal().personId());
  }

  /** Whether the booking is still the member's to change or cancel: held, and not started. */
  public boolean cancellable(Booking booking) {
    return booking.isHeld() && booking.getStartsAt().isAfter(Instant.now());
  }

  /**
   * When the chosen space is already booked on the chosen day, on the centre's clock ("09:00 –
   * 10:00, 14:00 – 15:30"), so that the member picks a free time rather than learn it from a
   * refusal; empty when nothing is booked. Read once per space and day shown.
   */
  public String getTaken() {
    if (form.getSpaceId() == null || form.getDay() == null) {
      return "";
    }
    String key = form.getSpaceId() + "@" + form.getDay();
    if (!key.equals(takenFor)) {
      ZonedDateTime start = form.getDay().atStartOfDay(getZone());
      taken =
          overview
              .busy(form.getSpaceId(), start.toInstant(), start.plusDays(1).toInstant())
              .stream()
              .map(slot -> time(slot.startsAt()) + " – " + time(slot.endsAt()))
              .collect(Collectors.joining(", "));
      takenFor = key;
    }
    return taken;
  }

  public List<String> getTimes() {
    return SlotForm.TIMES;
  }

  public String time(Instant instant) {
    return SlotForm.time(instant, getZone());
  }

  public SlotForm getForm() {
    return form;
  }

  public ZoneId getZone() {
    return where.zone();
  }

  public String getCentre() {
    return where.centre();
  }

  public List<BookingChoices.SpaceChoice> getSpaces() {
    return where.spaces();
  }

  public List<Booking> getUpcoming() {
    return upcoming;
  }

  public List<Booking> getPast() {
    return past;
  }
}
