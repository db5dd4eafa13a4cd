package io.atrium.collection;

/**
 * What is still due on an invoice, as SQL over the invoice aliased {@code i}: its gross total less
 * the payments allocated to it and the credit notes issued against it. Kept in this one class so
 * that it can read the invoices part's payment state ({@code invoicing.InvoiceBalance}) once that
 * exists, without touching the reminders, late fees or exports that use it.
 */
final class Outstanding {

  private Outstanding() {}

  /** The amount still due on {@code i}, never below zero. */
  static final String DUE =
      "GREATEST(0, i.gross_total"
          + " - COALESCE((SELECT sum(a.amount) FROM payment_allocation a"
          + " WHERE a.tenant_id = i.tenant_id AND a.invoice_id = i.id), 0)"
          + " - COALESCE((SELECT sum(abs(c.gross_total)) FROM invoice c"
          + " WHERE c.tenant_id = i.tenant_id AND c.corrects_id = i.id"
          + " AND c.kind = 'CREDIT_NOTE' AND c.status = 'ISSUED'), 0))";

  /** Whether {@code i} was cancelled and replaced by an issued corrective invoice. */
  static final String REPLACED =
      "EXISTS (SELECT 1 FROM invoice r WHERE r.tenant_id = i.tenant_id AND r.corrects_id = i.id"
          + " AND r.kind = 'CORRECTIVE' AND r.status = 'ISSUED')";

  /** Documents that can be owed: not credit notes. */
  static final String PAYABLE = "i.status = 'ISSUED' AND i.kind <> 'CREDIT_NOTE'";
}
