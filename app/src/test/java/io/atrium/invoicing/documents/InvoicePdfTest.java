package io.atrium.invoicing.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.testing.PdfFiles;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Documents drawn from issued invoices held in memory: PDF/A-3b with the fonts embedded, the labels
 * and mentions of each country in the document's language, the Factur-X XML attached, and how long
 * one takes (printed for the report: generation is never done per row of a list).
 */
class InvoicePdfTest {

  @Test
  void aFrenchCorrectiveInvoicePrintsItsReferenceTotalsAndMandatoryMentionsInFrench() {
    byte[] pdf = InvoicePdf.of(SampleDocuments.french(Invoice.Kind.CORRECTIVE, "fr"));
    String text = PdfFiles.text(pdf);

    assertTrue(PdfFiles.isPdfA3b(pdf), PdfFiles.xmp(pdf));
    assertTrue(PdfFiles.fontsEmbedded(pdf));
    for (String expected :
        List.of(
            "Facture rectificative",
            "Annule et remplace la facture F-2026-000041 du 2 nov. 2026",
            "F-2026-000042",
            "Total HT 1 822,50 €",
            "TVA 20 % sur 1 822,50 € 364,50 €",
            "Total TTC 2 187,00 €",
            "SIREN : 834512907",
            "Paiement au plus tard le 31 déc. 2026",
            "Pas d'escompte pour paiement anticipé",
            "Pénalités de retard au taux annuel de 12,15 %",
            "frais de recouvrement en cas de retard de paiement : 40,00 €",
            "Nature de l'opération : prestation de services",
            "Empreinte (SHA-256) : 9f2c4e7a1b3d5f60")) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void anInvoiceToAPrivatePersonNamesLatePenaltiesButNoRecoveryIndemnity() {
    DocumentFacts facts = SampleDocuments.french(Invoice.Kind.INVOICE, "fr");
    facts.invoice().setB2c(true);

    String text = PdfFiles.text(InvoicePdf.of(facts));

    assertTrue(text.contains("Pénalités de retard au taux annuel de 12,15 %"), text);
    assertFalse(text.contains("frais de recouvrement"), "owed by businesses only: " + text);
  }

  @Test
  void aFrenchOperatorsDocumentForAnEnglishBuyerIsInEnglish() {
    String text = PdfFiles.text(InvoicePdf.of(SampleDocuments.french(Invoice.Kind.DEPOSIT, "en")));

    assertTrue(text.contains("Deposit invoice"), text);
    assertTrue(text.contains("Outside the scope of VAT on €2,400.00"), text);
    assertTrue(text.contains("No discount for early payment"), text);
    assertTrue(text.contains("Fixed indemnity for recovery costs"), text);
  }

  @Test
  void anIndianTaxInvoiceGroupsInLakhsAndSpellsTheTotalInIndianEnglish() {
    byte[] pdf = InvoicePdf.of(SampleDocuments.indian(false));
    String text = PdfFiles.text(pdf);

    assertTrue(PdfFiles.isPdfA3b(pdf));
    for (String expected :
        List.of(
            "Tax invoice",
            "I29/2627/000007",
            "GSTIN: 29AAHCB4817K1ZC",
            "GSTIN: 29AAKCC2391F1ZI",
            "997212",
            "CGST 9 % on ₹1,23,45,678.50 ₹11,11,111.07",
            "Total incl. tax ₹1,45,67,900.64",
            "Rupees One Crore Forty-Five Lakh Sixty-Seven Thousand Nine Hundred and Sixty-",
            "Place of supply: Karnataka (29)",
            "Tax is payable on reverse charge: No")) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void anIndianInvoiceMixingIgstAndCgstLinesShowsEachTaxOnItsOwnBase() {
    String text = PdfFiles.text(InvoicePdf.of(SampleDocuments.indianMixed()));

    for (String expected :
        List.of(
            "Total taxable value ₹4,314.47",
            "IGST 18 % on ₹2,500.55 ₹450.10",
            "CGST 9 % on ₹1,813.92 ₹163.25",
            "SGST 9 % on ₹1,813.92 ₹163.25",
            "Total GST ₹776.60",
            "Total incl. tax ₹5,091.07")) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void aFrenchLateFeeInvoiceSaysWhyItIsOutsideVatWithoutCallingItADeposit() {
    DocumentFacts facts = SampleDocuments.frenchLateFees();
    String text = PdfFiles.text(InvoicePdf.of(facts));
    String xml = PdfFiles.attachment(FacturX.of(facts), "factur-x.xml");

    assertFalse(text.contains("Dépôt de garantie"), text);
    assertTrue(text.contains("indemnités, hors du champ d'application de la TVA"), text);
    assertFalse(xml.contains("Dépôt de garantie"), xml);
    assertTrue(xml.contains("indemnités, hors du champ d'application de la TVA"), xml);
  }

  @Test
  void theFacturXPdfCarriesTheXmlOfWhatItPrints() {
    String xml =
        PdfFiles.attachment(
            FacturX.of(SampleDocuments.french(Invoice.Kind.CREDIT_NOTE, "fr")), "factur-x.xml");

    assertNotNull(xml);
    assertTrue(xml.contains("<ram:TypeCode>381</ram:TypeCode>"), xml);
    assertTrue(xml.contains("<ram:IssuerAssignedID>F-2026-000041</ram:IssuerAssignedID>"), xml);
    assertTrue(xml.contains("<ram:ID>S1</ram:ID>"), xml);
    for (String subject : List.of("PMT", "PMD", "AAB")) {
      assertEquals(1, count(xml, "<ram:SubjectCode>" + subject + "</ram:SubjectCode>"), subject);
    }
    assertTrue(xml.contains("<ram:GrandTotalAmount>2187.00</ram:GrandTotalAmount>"), xml);
    assertTrue(xml.contains("schemeID=\"0225\">912846375<"), xml);
  }

  @Test
  void oneDocumentTakesWellUnderASecondOnceTheRendererIsWarm() {
    DocumentFacts facts = SampleDocuments.french(Invoice.Kind.INVOICE, "fr");
    FacturX.of(facts);
    long start = System.nanoTime();
    byte[] pdf = InvoicePdf.of(facts);
    long pdfMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    byte[] facturX = FacturX.of(facts);
    long facturXMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "Invoice PDF/A-3: %d ms, %d bytes; Factur-X: %d ms, %d bytes%n",
        pdfMillis, pdf.length, facturXMillis, facturX.length);

    assertTrue(pdfMillis < 2000 && facturXMillis < 2000, pdfMillis + " / " + facturXMillis);
    assertTrue(pdf.length < 200_000 && facturX.length < 250_000);
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
