package io.atrium.payments.api;

import io.atrium.payments.Balance;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A balance as the API answers it: amounts with their two decimals, and {@code net}, what is left
 * to collect once the credit is applied (negative: the operator owes the client). The record's own
 * getters, there for pages, were written as {@code getDue}, {@code getNet}… beside the fields.
 */
public record BalanceView(
    String currency, BigDecimal due, BigDecimal credit, BigDecimal net, long openInvoices) {

  static BalanceView of(Balance balance) {
    return new BalanceView(
        balance.currency(),
        cents(balance.due()),
        cents(balance.credit()),
        cents(balance.net()),
        balance.openInvoices());
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
