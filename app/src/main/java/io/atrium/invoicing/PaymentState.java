package io.atrium.invoicing;

import java.util.Locale;

/**
 * Where an issued invoice stands with its payer, derived from the payments allocated to it and the
 * credit notes issued against it ({@link InvoiceBalance}); never stored. A credit note and a draft
 * have none.
 */
public enum PaymentState {
  UNPAID,
  PARTIALLY_PAID,
  PAID,
  OVERDUE,
  /** Credit notes cover the whole invoice: nothing is due. */
  CREDITED,
  /** A corrective invoice cancelled and replaced it: what is due is on the corrective one. */
  REPLACED;

  public String getLabelKey() {
    return "invoice.payment." + name().toLowerCase(Locale.ROOT);
  }
}
