package io.atrium.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateFeeTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
  private static final BigDecimal RATE = new BigDecimal("12.15");
  private static final BigDecimal INDEMNITY = new BigDecimal("40");

  @Test
  void thePenaltyRunsFromTheDayAfterTheDueDateRoundedHalfUpToTheCent() {
    LateFee fee =
        LateFee.of(new BigDecimal("1200.00"), DUE, null, true, DUE.plusDays(30), RATE, INDEMNITY);
    assertEquals(DUE.plusDays(1), fee.from());
    assertEquals(30, fee.days());
    // 1,200 × 12.15 % × 30 / 365 = 11.98356…
    assertEquals(new BigDecimal("11.98"), fee.penalty());
    assertEquals(new BigDecimal("40.00"), fee.indemnity());
    assertEquals(new BigDecimal("51.98"), fee.total());
  }

  @Test
  void aSecondBillingCoversOnlyTheDaysSinceTheFirstAndNoSecondIndemnity() {
    LocalDate billedTo = DUE.plusDays(30);
    LateFee later =
        LateFee.of(
            new BigDecimal("1000.00"),
            DUE,
            billedTo,
            false,
            billedTo.plusDays(10),
            RATE,
            INDEMNITY);
    assertEquals(10, later.days());
    // 1,000 × 12.15 % × 10 / 365 = 3.3287…
    assertEquals(new BigDecimal("3.33"), later.penalty());
    assertEquals(new BigDecimal("0.00"), later.indemnity());
    LateFee sameDay =
        LateFee.of(new BigDecimal("1000.00"), DUE, billedTo, false, billedTo, RATE, INDEMNITY);
    assertEquals(0, sameDay.days());
    assertFalse(sameDay.isDue());
  }
}
