package io.atrium.invoicing.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.IssuedDocuments;
import io.atrium.testing.PdfFiles;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PDFs of documents issued by the invoicing core in copies of the demo operators, read back
 * with PDFBox: PDF/A-3b, the number, totals and mandatory mentions in the document's language, the
 * € and ₹ glyphs, and the Indian amount in words.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicePdfIT {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Inject InvoiceFixtures invoices;

  @Inject IssuedDocuments documents;

  @Test
  void aFrenchInvoiceToAFrenchCompanyIsAFrenchPdfA3WithItsMandatoryMentions() {
    long tenant = tenants.idOf(tenants.copyOf("lumiere"));
    invoices.sql(
        tenant,
        "INSERT INTO billing_settings (tenant_id, late_penalty_rate, vat_on_debits)"
            + " VALUES (atrium_current_tenant(), 13.50, true)");
    // The document speaks the buyer's language: its contacts read French.
    invoices.sql(tenant, "UPDATE member SET language = 'fr'");
    Invoice invoice = invoices.issue(tenant, c -> "Studio Kaolin".equals(c.getName()), "1250", DAY);
    byte[] pdf = documents.attachment(tenant, invoice);
    String text = PdfFiles.text(pdf);

    assertTrue(PdfFiles.isPdfA3(pdf, "BU"), PdfFiles.xmp(pdf));
    assertTrue(PdfFiles.fontsEmbedded(pdf));
    assertTrue(
        PdfFiles.attachment(pdf, "factur-x.xml") != null, "a French operator's PDF is Factur-X");
    for (String expected :
        List.of(
            "Facture",
            invoice.getNumber(),
            "Date d'émission 1 déc. 2026",
            "Ateliers Lumière SAS",
            "SIREN : 912846375",
            "SIREN : 834519027",
            "Total HT 1 250,00 €",
            "TVA 20 % sur 1 250,00 € 250,00 €",
            "Total TTC 1 500,00 €",
            "Paiement au plus tard le " + dayFr(invoice.getDueDate()),
            "Pas d'escompte pour paiement anticipé",
            "Pénalités de retard au taux annuel de 13,5 %",
            "frais de recouvrement en cas de retard de paiement : 40,00 €",
            "Nature de l'opération : prestation de services",
            "Option pour le paiement de la taxe d'après les débits",
            "Empreinte (SHA-256) : " + invoice.getFootprint().substring(0, 16))) {
      assertTrue(text.contains(expected), expected + " in:\n" + text);
    }
  }

  @Test
  void anIndianTaxInvoiceIsInEnglishWithGstinsPlaceOfSupplyAndTheAmountInWords() {
    long tenant = tenants.idOf(tenants.copyOf("banyan"));
    Invoice invoice =
        invoices.issue(
            tenant, c -> c.getGstin() != null && c.getGstin().startsWith("29"), "123456.50", DAY);
    byte[] pdf = documents.pdf(tenant, invoice.getId());
    String text = PdfFiles.text(pdf);

    assertTrue(PdfFiles.isPdfA3b(pdf), PdfFiles.xmp(pdf));
    assertTrue(PdfFiles.fontsEmbedded(pdf));
    assertTrue(PdfFiles.attachment(pdf, "factur-x.xml") == null, "no Factur-X in India");
    for (String expected :
        List.of(
            "Tax invoice",
            invoice.getNumber(),
            "GSTIN: 29AAHCB4817K1ZC",
            "Place of supply: Karnataka (29)",
            "Tax is payable on reverse charge: No",
            "CGST 9 % on ₹1,23,456.50 ₹11,111.09",
            "SGST 9 % on ₹1,23,456.50 ₹11,111.09",
            "Total incl. tax ₹1,45,678.68",
            "Amount in words: Rupees One Lakh Forty-Five Thousand Six Hundred Seventy-Eight and"
                + " Sixty-Eight Paise Only")) {
      assertTrue(text.contains(expected), expected + " in:\n" + text);
    }
  }

  private static String dayFr(LocalDate day) {
    return io.atrium.shared.format.Formats.of(java.util.Locale.FRENCH, "FR").date(day);
  }
}
