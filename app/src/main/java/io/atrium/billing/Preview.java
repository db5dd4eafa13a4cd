package io.atrium.billing;

import io.atrium.invoicing.Invoice;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a run would issue, before anything is written: the invoices (unsaved, with their lines,
 * discounts and taxes), the payers it would skip, and the totals.
 */
public record Preview(List<Invoice> invoices, List<Skipped> skipped, BigDecimal gross)
    implements Serializable {

  /** A payer the run would skip, and why (an {@code invoice.missing.*} key). */
  public record Skipped(String payer, String contracts, String messageKey)
      implements Serializable {}

  public int getCount() {
    return invoices.size();
  }
}
