package io.atrium.bookings.web;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingChoices;
import io.atrium.bookings.BookingDetails;
import io.atrium.bookings.BookingExport;
import io.atrium.bookings.BookingOverview;
import io.atrium.bookings.Bookings;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Bookings → Meeting rooms: a centre's bookings over a period of days (today's by default, on its
 * own clock), of one space or all, a page at a time, and as CSV (001 §9); a booking made in a
 * dialog (space, client, day, from, to, guests, title) and cancelled from its row. {@code ?day=}
 * opens another day.
 */
@Named
@ViewScoped
public class BookingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Bookings bookings;

  @Inject BookingOverview overview;

  @Inject io.atrium.bookings.BookingDecisions decisions;

  @Inject BookingChoices choices;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject BookingExport export;

  @Inject Formats formats;

  private List<Centre> centreChoices = List.of();
  private List<BookingChoices.Payer> payerChoices = List.of();
  private Long centreId;
  private Long spaceId;

  /** The first day listed, and the day a new booking is made on. */
  private LocalDate day;

  /** The last day listed. */
  private LocalDate lastDay;

  /** The first day of the period last listed, to tell a one-day view from a period. */
  private LocalDate listedDay;

  private BookingRows rows = new BookingRows(null, null);
  private final Form form = new Form();

  /** The booking the dialog changes; null while it makes a new one. */
  protected Long changingId;

  /** The dialog's fields: a slot's, and the payer, discount and invoicing that staff set. */
  public static class Form extends SlotForm {
    private static final long serialVersionUID = 1L;
    private Long payerId;
    private Long contractId;
    private java.math.BigDecimal discountPercent;
    private boolean invoiceNow;

    public java.math.BigDecimal getDiscountPercent() {
      return discountPercent;
    }

    public void setDiscountPercent(java.math.BigDecimal discountPercent) {
      this.discountPercent = discountPercent;
    }

    public boolean isInvoiceNow() {
      return invoiceNow;
    }

    public void setInvoiceNow(boolean invoiceNow) {
      this.invoiceNow = invoiceNow;
    }

    public Long getPayerId() {
      return payerId;
    }

    public Long getContractId() {
      return contractId;
    }

    public void setContractId(Long contractId) {
      this.contractId = contractId;
    }

    public void setPayerId(Long payerId) {
      this.payerId = payerId;
    }
  }

  /** Refuses callers without bookings:read before anything is shown. */
  public void open() {
    caller.require(Area.BOOKINGS, Action.READ);
    centreChoices = centres.visible();
    centreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    payerChoices = choices.payers();
    day = requestedDay();
    lastDay = day;
    load();
  }

  private LocalDate requestedDay() {
    String asked = Faces.getRequestParameter("day");
    if (asked != null && asked.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(asked);
      } catch (DateTimeParseException e) {
        // not a day: today instead
      }
    }
    return LocalDate.now(zone());
  }

  /**
   * The chosen centre's bookings (of the chosen space) from the first day's midnight to the one
   * after the last day, in order; a refused period or id is said on the page, and lists nothing.
   */
  public void load() {
    BookingOverview.Search search =
        centreId == null
            ? null
            : PageErrors.step(
                () -> {
                  var asked =
                      BookingOverview.Search.ofDays(centreId, spaceId, day, lastDay, zone());
                  overview.count(asked); // the centre and the space are the caller's
                  return asked;
                },
                null,
                "bookings");
    rows = new BookingRows(overview, search);
    listedDay = day;
  }

  /** Another first day: a one-day view moves to that day, a longer period keeps its last day. */
  public void dayChanged() {
    if (lastDay != null && lastDay.equals(listedDay)) {
      lastDay = day;
    }
    load();
  }

  /** After a booking is made or moved: its day, within the period listed or alone. */
  protected void showDay(LocalDate booked) {
    if (booked != null
        && (day == null || lastDay == null || booked.isBefore(day) || booked.isAfter(lastDay))) {
      day = booked;
      lastDay = booked;
    }
    load();
  }

  /** Another centre: its own spaces, so all of them until one is chosen. */
  public void centreChanged() {
    spaceId = null;
    load();
  }

  /** "Export CSV": the rows the form lists, in the page's language. */
  public void exportCsv() throws IOException {
    load();
    BookingOverview.Search search = rows.search();
    if (search == null) {
      return;
    }
    StringWriter csv = new StringWriter();
    if (PageErrors.run(() -> export.write(search, formats, csv), null, "bookings")) {
      Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), "bookings.csv", true);
    }
  }

  /** A day's bookings for the planning, which draws a day or a week (its own from and until). */
  protected List<Booking> listed() {
    if (centreId == null || day == null) {
      return List.of();
    }
    return overview.list(new BookingOverview.Search(centreId, null, from(), until()), 0, 500);
  }

  /** Whether the period holds more than one day: each row then says its day. */
  public boolean isManyDays() {
    return day != null && lastDay != null && lastDay.isAfter(day);
  }

  /** The day of a booking's start on the centre's clock. */
  public String dayOf(Instant instant) {
    return formats.date(instant, zone());
  }

  /** The first instant shown: the day's midnight on the centre's clock. */
  protected Instant from() {
    return day.atStartOfDay(zone()).toInstant();
  }

  /** The instant after the last shown: the next midnight. */
  protected Instant until() {
    return day.plusDays(1).atStartOfDay(zone()).toInstant();
  }

  public boolean isMayBook() {
    return caller.can("bookings:create");
  }

  public boolean isMayCancel() {
    return caller.can("bookings:edit");
  }

  /** Opens the dialog on a booking to change: its space, times, people and title. */
  public void startChange(Booking booking) {
    changingId = booking.getId();
    form.fill(booking, zone());
    form.payerId =
        booking.getCompany() != null ? booking.getCompany().getId() : booking.getMember().getId();
    form.discountPercent = booking.getDiscountPercent();
    form.invoiceNow = booking.isInvoiceNow();
    form.contractId = booking.getContractId();
  }

  public boolean isChanging() {
    return changingId != null;
  }

  public Instant getNow() {
    return Instant.now();
  }

  public void startNew() {
    changingId = null;
    List<BookingChoices.SpaceChoice> spaces = getSpaces();
    form.setSpaceId(spaces.isEmpty() ? null : spaces.get(0).id());
    form.payerId = null;
    form.setDay(day);
    form.setFrom("10:00");
    form.setTo("11:00");
    form.setGuests(1);
    form.setTitle(null);
    form.discountPercent = null;
    form.invoiceNow = false;
    form.contractId = null;
  }

  /** The chosen payer's contracts at the centre, to bill the booking with one (001 §9). */
  public List<BookingChoices.ContractChoice> getContracts() {
    Long payer = form.payerId;
    boolean company =
        payerChoices.stream().anyMatch(p -> p.company() && Long.valueOf(p.id()).equals(payer));
    return choices.contracts(centreId, payer, company);
  }

  public void save() {
    BookingDetails details = details();
    if (changingId != null) {
      Long id = changingId;
      if (PageErrors.step(() -> bookings.change(id, details), "booking.changed", "booking")
          != null) {
        showDay(form.getDay());
      }
      return;
    }
    Booking booked = PageErrors.step(() -> bookings.book(details), null, "booking");
    if (booked != null) {
      Messages.addGlobalInfo(
          booked.getStatus() == Booking.Status.PENDING_APPROVAL
              ? "booking.pendingApproval"
              : "booking.saved");
      showDay(form.getDay());
    }
  }

  /** The dialog's form as the booking service takes it. */
  protected BookingDetails details() {
    boolean company =
        payerChoices.stream()
            .anyMatch(p -> p.company() && Long.valueOf(p.id()).equals(form.payerId));
    return new BookingDetails(
        form.getSpaceId(),
        company ? form.payerId : null,
        company || form.payerId == null ? null : form.payerId,
        form.startsAt(zone()),
        form.endsAt(zone()),
        form.getGuests(),
        form.getTitle(),
        form.discountPercent,
        form.invoiceNow,
        form.contractId);
  }

  public void confirm(long id) {
    PageErrors.run(() -> decisions.confirm(id), "booking.confirmedDone", "bookings");
    load();
  }

  public void refuse(long id) {
    PageErrors.run(() -> decisions.refuse(id), "booking.refusedDone", "bookings");
    load();
  }

  /** The cancellation's result names the late fee billed, or the credits kept, if any. */
  public void cancel(long id) {
    Booking cancelled = PageErrors.step(() -> bookings.cancel(id), null, "bookings");
    if (cancelled != null) {
      CancellationTexts.done(cancelled, org.omnifaces.util.Faces.getLocale());
    }
    load();
  }

  /**
   * The confirmation before cancelling the row's booking: says when the late-cancellation fee
   * applies and how much, as the cancellation would bill it now.
   */
  public String cancelConfirm(Booking booking) {
    return CancellationTexts.confirm(
        booking,
        bookings.cancellationCost(booking),
        "booking.cancelConfirm",
        org.omnifaces.util.Faces.getLocale());
  }

  public List<String> getTimes() {
    return SlotForm.TIMES;
  }

  public String time(Instant instant) {
    return SlotForm.time(instant, zone());
  }

  public String payerName(Booking b) {
    return b.getCompany() != null ? b.getCompany().getName() : b.getMember().getFullName();
  }

  protected ZoneId zone() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(centreId))
        .findFirst()
        .map(Centre::zone)
        .orElse(ZoneOffset.UTC);
  }

  public List<BookingChoices.SpaceChoice> getSpaces() {
    return choices.spaces(centreId);
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<BookingChoices.Payer> getPayers() {
    return payerChoices;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public Long getSpaceId() {
    return spaceId;
  }

  public void setSpaceId(Long spaceId) {
    this.spaceId = spaceId;
  }

  public BookingRows getRows() {
    return rows;
  }

  public Form getForm() {
    return form;
  }
}
