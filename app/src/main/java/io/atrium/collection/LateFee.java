package io.atrium.collection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The late fees owed on an overdue invoice for the days not billed yet: penalty = amount due × rate
 * × days / 365, rounded half-up to the cent, from the day after the due date (or after the last
 * period billed) to today; plus the recovery indemnity when it was never billed.
 */
public record LateFee(
    LocalDate from, LocalDate to, long days, BigDecimal penalty, BigDecimal indemnity)
    implements Serializable {

  private static final BigDecimal YEAR = new BigDecimal(365);
  private static final BigDecimal HUNDRED = new BigDecimal(100);

  /**
   * The fee on {@code due} unpaid since {@code dueDate}, as of {@code today}; {@code lastBilledTo}
   * is the end of the last period billed (null: none), {@code indemnityOwed} whether the indemnity
   * is still to bill.
   */
  public static LateFee of(
      BigDecimal due,
      LocalDate dueDate,
      LocalDate lastBilledTo,
      boolean indemnityOwed,
      LocalDate today,
      BigDecimal ratePercent,
      BigDecimal indemnity) {
    LocalDate from = (lastBilledTo == null ? dueDate : lastBilledTo).plusDays(1);
    long days = Math.max(0, ChronoUnit.DAYS.between(from, today) + 1);
    BigDecimal penalty =
        due.multiply(ratePercent)
            .multiply(BigDecimal.valueOf(days))
            .divide(HUNDRED.multiply(YEAR), 2, RoundingMode.HALF_UP);
    BigDecimal fixed = indemnityOwed ? indemnity.setScale(2, RoundingMode.HALF_UP) : zero();
    return new LateFee(from, today, days, penalty, fixed);
  }

  public static LateFee none() {
    return new LateFee(null, null, 0, zero(), zero());
  }

  public BigDecimal total() {
    return penalty.add(indemnity);
  }

  public boolean isDue() {
    return total().signum() > 0;
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
