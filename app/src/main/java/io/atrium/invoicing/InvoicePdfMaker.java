package io.atrium.invoicing;

import io.atrium.notifications.AttachmentMaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes an issued document's PDF for its mail when the mail is first sent ({@code invoice:<id>}),
 * in the claiming transaction of the mail's tenant: another tenant's id finds nothing.
 */
@ApplicationScoped
public class InvoicePdfMaker implements AttachmentMaker {

  static final String SOURCE = "invoice:";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Instance<InvoiceAttachments> attachments;

  @Override
  public boolean makes(String source) {
    return source.startsWith(SOURCE) && attachments.isResolvable();
  }

  @Override
  public byte[] make(String source) {
    Invoice invoice = em.find(Invoice.class, Long.parseLong(source.substring(SOURCE.length())));
    if (invoice == null || !invoice.isIssued()) {
      throw new IllegalStateException("no issued document " + source);
    }
    return attachments.get().pdf(invoice);
  }
}
