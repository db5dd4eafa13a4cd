package io.atrium.bookings;

import io.atrium.approvals.ApprovalDecided;
import io.atrium.approvals.ApprovalDocument;
import io.atrium.approvals.Approvals;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ConsumptionDetails;
import io.atrium.consumptions.ConsumptionInvoicing;
import io.atrium.consumptions.Consumptions;
import io.atrium.pricing.Breakdown;
import io.atrium.pricing.Pricing;
import io.atrium.pricing.PricingRequest;
import io.atrium.shared.i18n.Texts;
import io.atrium.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a booking costs and what follows its confirmation (000 workflow 3 steps 2–4). It is priced
 * by the pricing service from its space's catalogue item (by the hour, half day or day), with the
 * author's discount; a discount above the author's ceiling waits in the approvals inbox, the
 * booking PENDING_APPROVAL and its slot held. Once confirmed, at once or by the approver, observers
 * act on it (door and Wi-Fi access), it is paid from the payer's credits when a pool covers it
 * whole, else its price becomes a consumption of the payer, billed by the monthly run or, when
 * asked, invoiced at once (and so sent to the accounting system). A rejected discount cancels the
 * booking and frees its slot.
 */
@ApplicationScoped
public class BookingBilling {

  /** The document kind of a booking in the approvals inbox. */
  public static final String KIND = "BOOKING";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Pricing pricing;

  @Inject Approvals approvals;

  @Inject Consumptions consumptions;

  @Inject ConsumptionInvoicing invoicing;

  @Inject Event<BookingConfirmed> confirmed;

  @Inject Event<BookingCancelled> cancelledEvent;

  @Inject BookingMessages messages;

  @Inject AuditTrail audit;

  @Inject BookingPolicy policy;

  @Inject io.atrium.identity.Caller caller;

  @Inject Event<PlanningChanged> planning;

  @Inject io.atrium.tenancy.Tenancy tenancy;

  @Inject BookingCredits bookingCredits;

  @Inject BookingExtras extras;

  Clock clock = Clock.systemUTC();

  /** The discount asked, checked: none is 0; 0 to 100 with at most two decimals. */
  static BigDecimal discount(BigDecimal asked) {
    if (asked == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (asked.signum() < 0
        || asked.compareTo(HUNDRED) > 0
        || asked.stripTrailingZeros().scale() > 2) {
      throw io.atrium.shared.InvalidFieldsException.of("discountPercent", "booking.discount.range");
    }
    return asked.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** Prices the booking (a free space: no price) with the discount. */
  void price(Booking booking, BigDecimal discount) {
    BigDecimal quantity = quantity(booking);
    if (quantity == null) {
      booking.priced(discount, null, null, null);
      return;
    }
    Breakdown breakdown =
        pricing.price(
            PricingRequest.space(
                    booking.getCentre().getId(), booking.getSpace().getId(), day(booking))
                .withQuantity(quantity)
                .withDiscount(discount)
                .forCompany(booking.getCompany() == null ? null : booking.getCompany().getId()));
    booking.priced(discount, breakdown.net(), breakdown.gross(), breakdown.currency());
  }

  /**
   * Above the author's ceiling, asks for approval and leaves the booking pending; otherwise it
   * stays confirmed, for the caller to bill ({@link #confirmed}).
   *
   * @return whether it is confirmed
   */
  boolean submit(Booking booking, long authorId) {
    StaffMember author = em.find(StaffMember.class, authorId);
    if (booking.getDiscountPercent().signum() > 0
        && approvals
            .submit(
                new ApprovalDocument(
                    KIND,
                    booking.getId(),
                    booking.getCentre(),
                    summary(booking),
                    booking.getNetTotal(),
                    booking.getCurrency(),
                    "/bookings/list.xhtml?day=" + day(booking)),
                booking.getDiscountPercent(),
                author)
            .isPresent()) {
      booking.pendingApproval();
      return false;
    }
    return true;
  }

  /** What a confirmed booking sets off: its access, its consumption, its invoice when asked. */
  void confirmed(Booking booking, Long actorId, String actorName) {
    confirmed.fire(new BookingConfirmed(booking));
    if (booking.getConsumptionId() != null) {
      return; // billed before it was written
    }
    if (bookingCredits.pay(booking)) {
      return;
    }
    Consumption consumption = consumption(booking, actorId);
    if (consumption == null) {
      return;
    }
    Long invoiceId = null;
    if (booking.isInvoiceNow()) {
      invoiceId = invoicing.invoiceSold(List.of(consumption.getId()), actorId, actorName);
    }
    booking.billed(consumption.getId(), invoiceId);
  }

  /**
   * Bills a new booking that will be confirmed at once (no discount to approve), before it is
   * written, when no credits will pay it and it is not invoiced at once: its consumption first, so
   * that its row is written once, with the consumption. Written first and named afterwards, the row
   * was written twice: in B1 that second write cost PostgreSQL as much as the booking's insert.
   * {@link #confirmed} then leaves its billing as it is.
   */
  void billedAhead(Booking booking, Long actorId) {
    if (booking.getDiscountPercent().signum() > 0
        || booking.isInvoiceNow()
        || bookingCredits.mayPay(booking)) {
      return;
    }
    Consumption consumption = consumption(booking, actorId);
    if (consumption != null) {
      booking.billed(consumption.getId(), null);
    }
  }

  /**
   * A moved booking is priced again, with its discount; its unbilled consumption gives way to one
   * at the new price. One already billed (by the monthly run) refuses the move.
   */
  void repriced(Booking booking, Long actorId) {
    price(booking, booking.getDiscountPercent());
    bookingCredits.giveBack(booking, BigDecimal.ZERO);
    Long old = booking.getConsumptionId();
    if (old != null) {
      booking.billed(null, null);
      em.flush();
      if (!consumptions.withdraw(old)) {
        throw new BookingRuleException(409, "booking.change.invoiced");
      }
    }
    if (booking.getStatus() == Booking.Status.CONFIRMED && !bookingCredits.pay(booking)) {
      Consumption consumption = consumption(booking, actorId);
      booking.billed(consumption == null ? null : consumption.getId(), null);
    }
  }

  /** The booking's consumption for the monthly billing run; none for a free space. */
  private Consumption consumption(Booking booking, Long actorId) {
    BigDecimal quantity = quantity(booking);
    if (quantity == null) {
      return null;
    }
    return consumptions.sold(
        new ConsumptionDetails(
            booking.getCentre().getId(),
            booking.getCompany() == null ? null : booking.getCompany().getId(),
            booking.getMember() == null ? null : booking.getMember().getId(),
            booking.getSpace().getCatalogueItem().getId(),
            summary(booking),
            quantity,
            null,
            booking.getDiscountPercent(),
            day(booking),
            booking.getContractId()),
        booking.getCreatedById() == null ? actorId : booking.getCreatedById());
  }

  /**
   * A cancelled booking's consumption is withdrawn while it is not billed, and taken back by a
   * credit note when it was invoiced at its confirmation; cancelled late (inside the space's
   * cancellation window), it costs the rule's share of its price, billed as a consumption of the
   * payer.
   */
  void cancelled(Booking booking, Long actorId) {
    extras.cancelled(booking);
    CancellationCost cost = cancellationCost(booking);
    booking.cancellationCost(cost);
    BigDecimal fee = cost.percent();
    if (booking.getCreditPoolId() != null) {
      // Paid from credits, the late fee is the share of them kept.
      bookingCredits.giveBack(
          booking, cost.creditsKept() == null ? BigDecimal.ZERO : cost.creditsKept());
      return;
    }
    Long consumption = booking.getConsumptionId();
    if (consumption != null) {
      boolean withdrawn = false;
      if (booking.getInvoiceId() == null) {
        booking.billed(null, null);
        em.flush();
        withdrawn = consumptions.withdraw(consumption);
        if (!withdrawn) {
          booking.billed(consumption, null); // billed by a monthly run meanwhile: kept
        }
      }
      if (!withdrawn) {
        // Invoiced at its confirmation or by a monthly run: a credit note takes it back; the late
        // fee, if any, is billed below.
        var principal = caller.getPrincipal();
        invoicing.creditSold(consumption, actorId, principal == null ? null : principal.fullName());
      }
    }
    if (fee.signum() > 0) {
      BigDecimal amount = cost.fee();
      booking.lateFee(
          consumptions
              .sold(
                  new ConsumptionDetails(
                      booking.getCentre().getId(),
                      booking.getCompany() == null ? null : booking.getCompany().getId(),
                      booking.getMember() == null ? null : booking.getMember().getId(),
                      booking.getSpace().getCatalogueItem().getId(),
                      lateFeeText(fee, booking),
                      BigDecimal.ONE,
                      amount,
                      BigDecimal.ZERO,
                      LocalDate.now(clock.withZone(booking.getCentre().zone())),
                      null),
                  actorId)
              .getId());
    }
  }

  /**
   * What cancelling the booking now costs: the late fee's share of its price, or of the credits
   * that paid it. The cancellation bills exactly this; the confirmation before it shows it.
   */
  CancellationCost cancellationCost(Booking booking) {
    BigDecimal percent = policy.lateFee(booking);
    if (percent.signum() == 0) {
      return CancellationCost.NONE;
    }
    if (booking.getCreditPoolId() != null) {
      BigDecimal used = booking.getCreditsUsed();
      return new CancellationCost(
          percent,
          null,
          booking.getCurrency(),
          used.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP),
          used,
          bookingCredits.inHours(booking.getCreditPoolId()));
    }
    return new CancellationCost(
        percent,
        booking.getNetTotal().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP),
        booking.getCurrency(),
        null,
        null,
        false);
  }

  /** An approver decided a booking's discount, in the decision's transaction. */
  void decided(@Observes ApprovalDecided decision) {
    if (!decision.concerns(KIND)) {
      return;
    }
    Booking booking = em.find(Booking.class, decision.documentId(), LockModeType.PESSIMISTIC_WRITE);
    if (booking == null || booking.getStatus() != Booking.Status.PENDING_APPROVAL) {
      return;
    }
    if (decision.approved()) {
      booking.confirm();
      var approver = caller.getPrincipal();
      confirmed(booking, approver.personId(), approver.fullName());
      messages.confirmed(booking);
    } else {
      booking.cancel(clock.instant());
      messages.cancelled(booking);
      cancelledEvent.fire(new BookingCancelled(booking));
    }
    planning.fire(
        new PlanningChanged(tenancy.currentTenantId().orElseThrow(), booking.getCentre().getId()));
    audit.record(
        "Booking",
        booking.getId(),
        decision.approved() ? "APPROVED" : "REJECTED",
        booking.getCentre().getId(),
        Changes.of()
            .field("status", Booking.Status.PENDING_APPROVAL, booking.getStatus())
            .field("reason", null, decision.reason()));
  }

  /**
   * The booking's length in its space's item unit: hours (to the minute), half days (started) or a
   * day; null when the space has no item or is sold by the month (a free booking).
   */
  static BigDecimal quantity(Booking booking) {
    CatalogueItem item = booking.getSpace().getCatalogueItem();
    if (item == null) {
      return null;
    }
    long minutes = Duration.between(booking.getStartsAt(), booking.getEndsAt()).toMinutes();
    return switch (item.getUnit()) {
      case HOUR -> BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.UP);
      case HALF_DAY -> BigDecimal.valueOf(minutes <= 4 * 60 ? 1 : 2);
      case DAY -> BigDecimal.ONE;
      default -> null;
    };
  }

  static LocalDate day(Booking booking) {
    return booking.getStartsAt().atZone(booking.getCentre().zone()).toLocalDate();
  }

  /**
   * The late fee's line, in the operator's language: it is read on the payer's invoice, like the
   * other lines the back office writes (an English text on a French invoice was a defect).
   */
  private String lateFeeText(BigDecimal fee, Booking booking) {
    Locale locale =
        Locale.forLanguageTag(
            em.find(io.atrium.tenancy.Tenant.class, tenancy.currentTenantId().orElseThrow())
                .getDefaultLocale());
    return MessageFormat.format(
        Texts.bundle(locale).getString("booking.lateFee.line"),
        fee.stripTrailingZeros().toPlainString(),
        summary(booking));
  }

  private static String summary(Booking booking) {
    var zone = booking.getCentre().zone();
    String payer =
        booking.getCompany() != null
            ? booking.getCompany().getName()
            : booking.getMember().getFullName();
    return booking.getSpace().getName()
        + " "
        + SlotText.of(booking.getStartsAt(), booking.getEndsAt(), zone)
        + " · "
        + payer;
  }
}
