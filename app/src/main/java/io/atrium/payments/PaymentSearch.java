package io.atrium.payments;

import java.time.LocalDate;

/** Filters of the payments list; null means any. Days are received-on days, both inclusive. */
public record PaymentSearch(
    Long centreId,
    Long companyId,
    Long memberId,
    Payment.Method method,
    LocalDate from,
    LocalDate to) {

  public static final PaymentSearch ALL = new PaymentSearch(null, null, null, null, null, null);
}
