package io.atrium.bookings;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What cancelling a booking costs under its space's late-cancellation rule ({@link
 * BookingPolicy#lateFee}): nothing when early enough, free or without a fee; else the rule's share
 * of its price billed as a fee, or, paid from credits, the share of them kept. The confirmation
 * before a cancellation and the cancellation itself compute it with the same code ({@link
 * BookingBilling#cancellationCost}).
 *
 * @param percent the rule's share, 0 when nothing is charged
 * @param fee the fee billed (net, in {@code currency}), or null when credits paid the booking
 * @param creditsKept the credits kept, in the pool's unit, or null when no credits paid it
 * @param creditsUsed the credits that paid the booking, or null
 * @param hours whether those credits are hours (else the centre's money, in {@code currency})
 */
public record CancellationCost(
    BigDecimal percent,
    BigDecimal fee,
    String currency,
    BigDecimal creditsKept,
    BigDecimal creditsUsed,
    boolean hours)
    implements Serializable {

  static final CancellationCost NONE =
      new CancellationCost(BigDecimal.ZERO, null, null, null, null, false);

  /** Whether the cancellation costs something. */
  public boolean charged() {
    return percent.signum() > 0;
  }

  /** Whether what it costs is credits kept rather than a fee billed. */
  public boolean inCredits() {
    return creditsKept != null;
  }
}
