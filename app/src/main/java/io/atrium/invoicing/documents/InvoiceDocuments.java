package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceAttachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The documents of an issued invoice, made on demand from its frozen rows (never stored, never made
 * for lists): the PDF/A-3 (for a French operator the Factur-X PDF, its XML inside), and the GST
 * e-invoice JSON of an Indian B2B document. Reading only: nothing to audit.
 */
@ApplicationScoped
public class InvoiceDocuments implements InvoiceAttachments {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject DocumentFactsReader reader;

  @Inject InvoiceDocumentAccess access;

  /** A file and its name. */
  public record File(String name, byte[] content) {}

  /**
   * For mail and archives (the caller checked its rights): Factur-X in France, else PDF/A-3. In the
   * caller's transaction or a new one, as the tenant is bound per transaction: an invoice read in
   * an earlier one is read again, with its lines.
   */
  @Override
  @Transactional
  public byte[] pdf(Invoice invoice) {
    Invoice current = em.contains(invoice) ? invoice : em.find(Invoice.class, invoice.getId());
    DocumentFacts facts = reader.of(current);
    return facts.gst() ? InvoicePdf.of(facts) : FacturX.of(facts);
  }

  /** The number, with the slashes of Indian numbers made dashes: {@code I29-2627-000001.pdf}. */
  @Override
  public String fileName(Invoice invoice) {
    return invoice.getNumber().replaceAll("[^A-Za-z0-9_-]", "-") + ".pdf";
  }

  /** The printed document the caller may download. */
  @Transactional
  public File pdfFor(long id) {
    Invoice invoice = access.readable(id);
    return new File(fileName(invoice), pdf(invoice));
  }

  /** The Factur-X PDF of a French operator's document. */
  @Transactional
  public File facturXFor(long id) {
    Invoice invoice = access.readable(id);
    DocumentFacts facts = reader.of(invoice);
    if (facts.gst()) {
      throw new DocumentRefusedException("not-facturx");
    }
    return new File(fileName(invoice), FacturX.of(facts));
  }

  /** The GST e-invoice of an Indian operator's B2B document. */
  @Transactional
  public JsonObject eInvoiceFor(long id) {
    Invoice invoice = access.readable(id);
    DocumentFacts facts = reader.of(invoice);
    if (!GstEInvoice.applies(facts)) {
      throw new DocumentRefusedException("not-b2b");
    }
    return GstEInvoice.of(facts);
  }
}
