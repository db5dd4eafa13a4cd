package io.atrium.bookings;

import io.atrium.credits.Charge;
import io.atrium.credits.Credits;
import io.atrium.credits.Use;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A booking paid from credits (issue 14): the payer's member allowance or company pool that covers
 * it whole, found by {@link Credits}; given back when it is cancelled in time or moved, but for the
 * share a late fee keeps.
 */
@ApplicationScoped
class BookingCredits {

  @Inject Credits credits;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Whether the pool counts hours (else money): read natively, as credits own the pool. */
  boolean inHours(long poolId) {
    return "HOURS"
        .equals(
            em.createNativeQuery("SELECT unit FROM credit_pool WHERE id = ?1")
                .setParameter(1, poolId)
                .getSingleResult());
  }

  /**
   * Pays a priced booking from the payer's credits when one pool covers it whole, unless it is to
   * be invoiced at once: its length in hours, or its price with tax.
   */
  boolean pay(Booking booking) {
    if (!payable(booking)) {
      return false;
    }
    var paid = credits.pay(charge(booking), Use.booking(booking.getId()));
    paid.ifPresent(p -> booking.paidWithCredits(p.poolId(), p.amount()));
    return paid.isPresent();
  }

  /** Whether {@link #pay} would pay the booking now, read without writing or locking. */
  boolean mayPay(Booking booking) {
    return payable(booking) && credits.covers(charge(booking));
  }

  private static boolean payable(Booking booking) {
    return !booking.isInvoiceNow()
        && booking.getGrossTotal() != null
        && booking.getGrossTotal().signum() > 0;
  }

  /** Its length in hours, its price with tax, for its payer's pools. */
  private static Charge charge(Booking booking) {
    long minutes = Duration.between(booking.getStartsAt(), booking.getEndsAt()).toMinutes();
    Long member =
        booking.getMember() != null
            ? booking.getMember().getId()
            : booking.getBookedBy() == null ? null : booking.getBookedBy().getId();
    return new Charge(
        booking.getCentre().getId(),
        booking.getCompany() == null ? null : booking.getCompany().getId(),
        member,
        BookingBilling.day(booking),
        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.UP),
        booking.getGrossTotal(),
        booking.getCurrency());
  }

  /**
   * Gives the booking's credits back but for those a late fee keeps ({@link
   * BookingBilling#cancellationCost}, in the pool's unit).
   */
  void giveBack(Booking booking, BigDecimal kept) {
    if (booking.getCreditPoolId() == null) {
      return;
    }
    credits.giveBack(
        booking.getCreditPoolId(),
        booking.getCreditsUsed().subtract(kept),
        Use.booking(booking.getId()));
    booking.paidWithCredits(
        kept.signum() > 0 ? booking.getCreditPoolId() : null, kept.signum() > 0 ? kept : null);
  }
}
