package io.atrium.invoicing;

/**
 * Fired (synchronously, inside the issuing transaction) when a document is issued, so that other
 * modules queue what follows (the e-mail with the PDF, the accounting push) without issuing knowing
 * them. An observer that fails rolls the issue back: queue work, do not send from here.
 */
public record InvoiceIssued(long tenantId, long invoiceId, Invoice.Kind kind, boolean b2c) {}
