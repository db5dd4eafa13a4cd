package io.atrium.invoicing;

import java.util.List;

/**
 * Fired (synchronously, inside the issuing transaction) when documents are issued, one event for
 * all those issued together (a billing run's chunk: thousands), so that other modules queue what
 * follows (the e-mail with the PDF, the accounting push) without issuing knowing them, and can
 * write their rows set-based. An observer that fails rolls the issue back: queue work, do not send
 * from here.
 */
public record InvoiceIssued(long tenantId, List<Document> documents) {

  /** One issued document. */
  public record Document(long invoiceId, Invoice.Kind kind, boolean b2c) {}
}
