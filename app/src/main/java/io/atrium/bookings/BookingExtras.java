package io.atrium.bookings;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ConsumptionDetails;
import io.atrium.consumptions.Consumptions;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * What a booking's guests consumed (001 §9: drinks, prints, equipment): staff with bookings:edit
 * add a consumption item of the centre and a quantity, written as a consumption of the booking's
 * payer on its day, which the monthly run bills at the catalogue's price (credits pay the room, not
 * these). An unbilled one may be taken off; all unbilled ones go with a cancelled booking.
 */
@ApplicationScoped
public class BookingExtras {

  /** An extra as pages and the API show it: its link and its consumption. */
  public record Extra(long id, Consumption consumption) implements java.io.Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Consumptions consumptions;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public List<Extra> of(long bookingId) {
    caller.require(Area.BOOKINGS, Action.READ);
    return extras(booking(bookingId, false));
  }

  @Transactional
  public Extra add(long bookingId, Long itemId, BigDecimal quantity) {
    var principal = caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = booking(bookingId, true);
    if (!booking.isHeld()) {
      throw new BookingCancelledException();
    }
    CatalogueItem item = itemId == null ? null : em.find(CatalogueItem.class, itemId);
    if (item != null && item.getKind() != CatalogueItem.Kind.CONSUMPTION) {
      throw InvalidFieldsException.of("itemId", "booking.extra.item");
    }
    Consumption consumption =
        consumptions.sold(
            new ConsumptionDetails(
                booking.getCentre().getId(),
                booking.getCompany() == null ? null : booking.getCompany().getId(),
                booking.getCompany() == null ? booking.getMember().getId() : null,
                itemId,
                null,
                quantity,
                null,
                BigDecimal.ZERO,
                booking.getStartsAt().atZone(booking.getCentre().zone()).toLocalDate(),
                null),
            principal.personId());
    BookingExtra extra = new BookingExtra(booking, consumption.getId(), clock.instant());
    em.persist(extra);
    audit.record(
        "Booking",
        booking.getId(),
        "EXTRA_ADD",
        booking.getCentre().getId(),
        Changes.of()
            .field("item", null, consumption.getItem().getCode())
            .field("quantity", null, consumption.getQuantity())
            .field("consumption", null, consumption.getId()));
    return new Extra(extra.getId(), consumption);
  }

  /** Takes an extra off while it is not billed (then its invoice stands: 409). */
  @Transactional
  public void remove(long bookingId, long extraId) {
    caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = booking(bookingId, true);
    BookingExtra extra = em.find(BookingExtra.class, extraId);
    if (extra == null || !extra.getBooking().equals(booking)) {
      throw new NotFoundException();
    }
    Long consumption = extra.getConsumptionId();
    em.remove(extra);
    em.flush();
    if (!consumptions.withdraw(consumption)) {
      throw new BookingRuleException(409, "booking.extra.billed");
    }
    audit.record(
        "Booking",
        booking.getId(),
        "EXTRA_REMOVE",
        booking.getCentre().getId(),
        Changes.of().field("consumption", consumption, null));
  }

  /** A cancelled booking's unbilled extras go with it; billed ones stay on their invoice. */
  void cancelled(Booking booking) {
    for (BookingExtra extra :
        em.createQuery("select e from BookingExtra e where e.booking = :b", BookingExtra.class)
            .setParameter("b", booking)
            .getResultList()) {
      Long consumption = extra.getConsumptionId();
      Consumption row = em.find(Consumption.class, consumption);
      if (row != null && row.getInvoiceId() == null) {
        em.remove(extra);
        em.flush();
        consumptions.withdraw(consumption);
      }
    }
  }

  private List<Extra> extras(Booking booking) {
    return em
        .createQuery(
            "select e from BookingExtra e where e.booking = :b order by e.id", BookingExtra.class)
        .setParameter("b", booking)
        .getResultList()
        .stream()
        .map(e -> new Extra(e.getId(), em.find(Consumption.class, e.getConsumptionId())))
        .toList();
  }

  private Booking booking(long id, boolean lock) {
    Booking booking =
        lock
            ? em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Booking.class, id);
    if (booking == null || !caller.centres().allows(booking.getCentre().getId())) {
      throw new NotFoundException();
    }
    return booking;
  }
}
