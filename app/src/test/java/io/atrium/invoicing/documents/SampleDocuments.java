package io.atrium.invoicing.documents;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.TaxLines;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TaxScheme;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Issued documents built in memory, as the documents module reads them, for unit tests. */
final class SampleDocuments {

  private SampleDocuments() {}

  static DocumentFacts french(Invoice.Kind kind, String language) {
    Centre centre = new Centre("PAR1", "Faubourg", "FR", "Europe/Paris", "EUR");
    centre.chargeVat(new BigDecimal("20"));
    Invoice invoice = issued(centre, kind, language, "F-2026-000042");
    if (kind == Invoice.Kind.DEPOSIT) {
      line(invoice, "Dépôt de garantie", "1", "2400.00", "0", "O", BigDecimal.ZERO, true);
    } else {
      line(invoice, "Bureau fermé 4 postes", "1", "1850.00", "10", "S", new BigDecimal("20"), true);
      line(invoice, "Salle de réunion", "3.5", "45.00", "0", "S", new BigDecimal("20"), true);
    }
    JsonObject seller =
        Json.createObjectBuilder()
            .add("name", "Ateliers Lumière SAS")
            .add("siren", "912846375")
            .add("siret", "91284637500018")
            .add("vatNumber", "FR23912846375")
            .add("line", "18 rue du Faubourg Saint-Denis")
            .add("postalCode", "75010")
            .add("city", "Paris")
            .add("country", "FR")
            .add("mentions", "SAS au capital de 120 000 €")
            .build();
    JsonObject buyer =
        Json.createObjectBuilder()
            .add("kind", "COMPANY")
            .add("name", "Studio Kaolin SARL")
            .add("siren", "834512907")
            .add("siret", "83451290700021")
            .add("vatNumber", "FR41834512907")
            .add("line", "3 rue des Vinaigriers")
            .add("postalCode", "75010")
            .add("city", "Paris")
            .add("country", "FR")
            .add("email", "compta@kaolin.test")
            .build();
    boolean corrects = kind == Invoice.Kind.CREDIT_NOTE || kind == Invoice.Kind.CORRECTIVE;
    Locale locale = Locale.forLanguageTag(language);
    return new DocumentFacts(
        invoice,
        seller,
        buyer,
        locale,
        Formats.of(locale, "FR"),
        null,
        "#C8553D",
        BillingTerms.DEFAULTS,
        corrects ? "F-2026-000041" : null,
        corrects ? LocalDate.of(2026, 11, 2) : null);
  }

  static DocumentFacts indian(boolean interState) {
    Centre centre = new Centre("BLR1", "Indiranagar", "IN", "Asia/Kolkata", "INR");
    centre.chargeGst(new BigDecimal("18"), "29AAHCB4817K1ZC", "29");
    Invoice invoice = issued(centre, Invoice.Kind.INVOICE, "en", "I29/2627/000007");
    line(
        invoice,
        "Private office, 6 seats",
        "1",
        "12345678.50",
        "0",
        null,
        new BigDecimal("18"),
        !interState);
    invoice.getLines().get(0).setSacCode("997212");
    JsonObject seller =
        Json.createObjectBuilder()
            .add("name", "Banyan Works Pvt Ltd")
            .add("gstin", "29AAHCB4817K1ZC")
            .add("stateCode", "29")
            .add("pan", "AAHCB4817K")
            .add("line", "100 Feet Road, Indiranagar")
            .add("postalCode", "560038")
            .add("city", "Bengaluru")
            .add("country", "IN")
            .build();
    JsonObject buyer =
        Json.createObjectBuilder()
            .add("kind", "COMPANY")
            .add("name", "Peacock Analytics LLP")
            .add("gstin", interState ? "06AAOCP6614R1ZM" : "29AAKCC2391F1ZI")
            .add("stateCode", interState ? "06" : "29")
            .add("line", "Cyber City")
            .add("postalCode", interState ? "122002" : "560001")
            .add("city", interState ? "Gurugram" : "Bengaluru")
            .add("country", "IN")
            .build();
    return new DocumentFacts(
        invoice,
        seller,
        buyer,
        Locale.ENGLISH,
        Formats.of(Locale.ENGLISH, "IN"),
        null,
        "#2E7D32",
        BillingTerms.DEFAULTS,
        null,
        null);
  }

  /** A French invoice of late fees: the penalty and the recovery indemnity, outside VAT (O). */
  static DocumentFacts frenchLateFees() {
    DocumentFacts facts = french(Invoice.Kind.INVOICE, "fr");
    Invoice invoice = facts.invoice();
    invoice.getLines().clear();
    for (String[] fee :
        List.of(
            new String[] {"Pénalités de retard sur la facture F-2024-000002", "187.97"},
            new String[] {"Indemnité forfaitaire pour frais de recouvrement", "40.00"})) {
      InvoiceLine line =
          new InvoiceLine(invoice, invoice.getLines().size() + 1, InvoiceLine.Source.LATE_FEE);
      line.setDescription(fee[0]);
      line.setQuantity(BigDecimal.ONE);
      line.setUnit("UNIT");
      line.setUnitPrice(new BigDecimal(fee[1]));
      line.setDiscountPercent(BigDecimal.ZERO);
      line.setVatCategory("O");
      line.setTaxRate(BigDecimal.ZERO);
      TaxLines.price(line, TaxScheme.VAT, true);
      invoice.getLines().add(line);
    }
    TaxLines.Totals totals = TaxLines.totals(invoice.getLines(), TaxScheme.VAT);
    invoice.setNetTotal(totals.net());
    invoice.setTaxTotal(totals.tax());
    invoice.setGrossTotal(totals.gross());
    return facts;
  }

  /**
   * A Bengaluru invoice to a buyer registered in Haryana: a virtual office (not supplied at the
   * property: IGST) and a locker (supplied where the property is: CGST + SGST) at the same rate.
   */
  static DocumentFacts indianMixed() {
    DocumentFacts interState = indian(true);
    Invoice invoice = interState.invoice();
    invoice.getLines().clear();
    line(invoice, "Virtual office", "1", "2500.55", "0", null, new BigDecimal("18"), false);
    line(invoice, "Locker", "2.5", "750.33", "3.3", null, new BigDecimal("18"), true);
    invoice.getLines().forEach(l -> l.setSacCode("997212"));
    return new DocumentFacts(
        invoice,
        interState.seller(),
        interState.buyer(),
        Locale.ENGLISH,
        Formats.of(Locale.ENGLISH, "IN"),
        null,
        "#2E7D32",
        BillingTerms.DEFAULTS,
        null,
        null);
  }

  private static Invoice issued(Centre centre, Invoice.Kind kind, String language, String number) {
    Invoice invoice = new Invoice(centre, kind, language, null, Instant.now());
    invoice.setNumber(number);
    invoice.setStatus(Invoice.Status.ISSUED);
    invoice.setIssueDate(LocalDate.of(2026, 12, 1));
    invoice.setDueDate(LocalDate.of(2026, 12, 31));
    invoice.setServiceFrom(LocalDate.of(2026, 12, 1));
    invoice.setServiceTo(LocalDate.of(2026, 12, 31));
    invoice.setFootprint("9f2c4e7a1b3d5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff");
    return invoice;
  }

  private static void line(
      Invoice invoice,
      String description,
      String quantity,
      String price,
      String discount,
      String category,
      BigDecimal rate,
      boolean intraState) {
    InvoiceLine line =
        new InvoiceLine(invoice, invoice.getLines().size() + 1, InvoiceLine.Source.MANUAL);
    line.setDescription(description);
    line.setQuantity(new BigDecimal(quantity));
    line.setUnit("MONTH");
    line.setUnitPrice(new BigDecimal(price));
    line.setDiscountPercent(new BigDecimal(discount));
    line.setVatCategory(category);
    line.setTaxRate(rate);
    TaxScheme scheme = invoice.getCentre().getTaxScheme();
    TaxLines.price(line, scheme, intraState);
    invoice.getLines().add(line);
    TaxLines.Totals totals = TaxLines.totals(invoice.getLines(), scheme);
    invoice.setNetTotal(totals.net());
    invoice.setTaxTotal(totals.tax());
    invoice.setGrossTotal(totals.gross());
  }
}
