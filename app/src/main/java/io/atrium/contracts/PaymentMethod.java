package io.atrium.contracts;

import java.util.Locale;

/** How a contract's invoices are paid: what its invoices print and the client space proposes. */
public enum PaymentMethod {
  TRANSFER,
  SEPA,
  CARD,
  CHEQUE,
  CASH;

  public String getLabelKey() {
    return "contract.payment." + name().toLowerCase(Locale.ROOT);
  }
}
