package io.atrium.invoicing;

/**
 * The printed form of an issued document, as attached to its e-mail and downloaded: implemented by
 * the documents module (PDF/A-3; for French tenants the Factur-X PDF with its XML), so that sending
 * an invoice does not depend on how it is drawn.
 */
public interface InvoiceAttachments {

  /** The PDF of an issued document, in its language. */
  byte[] pdf(Invoice invoice);

  /** The file name of that PDF, e.g. {@code F-2026-000123.pdf}. */
  String fileName(Invoice invoice);
}
