package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * A French document as Factur-X EN 16931: the PDF/A-3b of {@link InvoicePdf} with the CII XML of
 * {@link FacturXInvoice} attached (Mustang). What the XML carries is what the PDF prints; the
 * Factur-X validator checks both in the integration tests, EN 16931 and BR-FR rules included.
 */
public final class FacturX {

  private FacturX() {}

  public static byte[] of(DocumentFacts facts) {
    return attach(InvoicePdf.of(facts), facts);
  }

  static byte[] attach(byte[] pdf, DocumentFacts facts) {
    Invoice invoice = facts.invoice();
    try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
      exporter
          .setProducer("Atrium")
          .setCreator(facts.party(facts.seller(), "name"))
          .setProfile(Profiles.getByName("EN16931"))
          .load(pdf);
      exporter.setTransaction(FacturXInvoice.of(facts));
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
      exporter.export(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Factur-X of " + invoice.getNumber(), e);
    }
  }
}
