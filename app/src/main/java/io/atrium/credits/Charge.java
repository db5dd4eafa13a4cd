package io.atrium.credits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is to be paid from credits: at a centre on a day, by a company or a member (the member's
 * allowance is tried before the company's pool), in hours (null: not payable in hours) or in money.
 */
public record Charge(
    long centreId,
    Long companyId,
    Long memberId,
    LocalDate day,
    BigDecimal hours,
    BigDecimal money,
    String currency) {

  /** What this charge takes from a pool of that unit and currency; null when it cannot. */
  BigDecimal from(CreditPool pool) {
    if (pool.getUnit() == CreditPool.Unit.HOURS) {
      return hours;
    }
    return currency != null && currency.equals(pool.getCurrency()) ? money : null;
  }
}
