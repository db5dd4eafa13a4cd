package io.atrium.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The PDF of an issued document for the pages' download buttons (staff and client space), drawn by
 * the documents module when it is deployed; the reader must be allowed to read the document.
 */
@ApplicationScoped
public class InvoicePdf {

  /** A file to send: its name and bytes. */
  public record File(String name, byte[] content) {}

  @Inject Instance<InvoiceAttachments> attachments;

  @Inject Invoices invoices;

  public boolean available() {
    return attachments.isResolvable();
  }

  @Transactional
  public File of(long invoiceId) {
    Invoice invoice = invoices.get(invoiceId).invoice();
    if (!invoice.isIssued() || !available()) {
      throw new io.atrium.shared.NotFoundException();
    }
    InvoiceAttachments documents = attachments.get();
    return new File(documents.fileName(invoice), documents.pdf(invoice));
  }
}
