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

  /**
   * One issued document, as the issuing transaction holds it (a billing run's are written set-based
   * and are not in the persistence context: an observer must not look them up again).
   */
  public record Document(Invoice invoice) {

    public long invoiceId() {
      return invoice.getId();
    }

    public Invoice.Kind kind() {
      return invoice.getKind();
    }

    public boolean b2c() {
      return invoice.isB2c();
    }
  }
}
