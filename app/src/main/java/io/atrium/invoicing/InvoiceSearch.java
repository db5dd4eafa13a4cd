package io.atrium.invoicing;

import java.time.LocalDate;

/**
 * The filters of the invoices list; null means any. Days are issue dates (a draft has none, so a
 * day filter leaves drafts out); {@code number} matches a part of the number, case aside.
 */
public record InvoiceSearch(
    Long centreId,
    Long companyId,
    Long memberId,
    Invoice.Kind kind,
    Invoice.Status status,
    PaymentState payment,
    LocalDate from,
    LocalDate to,
    String number) {

  public static final InvoiceSearch ALL =
      new InvoiceSearch(null, null, null, null, null, null, null, null, null);
}
