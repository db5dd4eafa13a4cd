package io.atrium.bookings.web;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingExtras;
import io.atrium.bookings.Bookings;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemChoices;
import io.atrium.identity.Caller;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The day's bookings → "Extras" of a booking: what its guests consumed (drinks, prints, equipment),
 * each billed to its payer with the month; add an item of the centre and a quantity, take an
 * unbilled one off.
 */
@Named
@ViewScoped
public class BookingExtrasBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BookingExtras extras;

  @Inject Bookings bookings;

  @Inject ItemChoices items;

  @Inject Caller caller;

  private Booking booking;
  private List<BookingExtras.Extra> rows = List.of();
  private Long itemId;
  private BigDecimal quantity = BigDecimal.ONE;

  public void show(long bookingId) {
    booking = bookings.get(bookingId);
    rows = extras.of(bookingId);
    itemId = null;
    quantity = BigDecimal.ONE;
  }

  public void add() {
    if (booking == null) {
      return;
    }
    if (PageErrors.step(
            () -> extras.add(booking.getId(), itemId, quantity), "booking.extras.added", "extras")
        != null) {
      show(booking.getId());
    }
  }

  public void remove(long extraId) {
    if (booking != null
        && PageErrors.run(
            () -> extras.remove(booking.getId(), extraId), "booking.extras.removed", "extras")) {
      rows = extras.of(booking.getId());
    }
  }

  /** What the guests may have consumed: the centre's consumption items, by code. */
  public List<CatalogueItem> getItems() {
    return booking == null
        ? List.of()
        : items.offeredIn(booking.getCentre().getId()).stream()
            .filter(i -> i.getKind() == CatalogueItem.Kind.CONSUMPTION)
            .toList();
  }

  /** Before tax: quantity × the catalogue's unit price. */
  public BigDecimal total(BookingExtras.Extra extra) {
    var c = extra.consumption();
    return c.getUnitPrice() == null ? null : c.getUnitPrice().multiply(c.getQuantity());
  }

  public boolean isMayEdit() {
    return caller.can("bookings:edit") && booking != null && booking.isHeld();
  }

  public Booking getBooking() {
    return booking;
  }

  public List<BookingExtras.Extra> getRows() {
    return rows;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }
}
