package io.atrium.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.Parties;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.CollectionFixtures;
import io.atrium.testing.Deployments;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accounting exports' content, read back as the accountant's software would read it. */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

  private static final LocalDate PARIS_TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final LocalDate INDIA_TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject CollectionFixtures fixtures;

  @Inject InvoiceFixtures invoices;

  @Inject Exports exports;

  @Test
  void theInvoicesAndPaymentsCsvSayEachDocumentsTaxPerRateAndStateInFrench() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.signIn(slug, "accounts@lumiere.test");
    Invoice kaolin =
        fixtures.issue(
            tenant, "Studio Kaolin", "PAR1", item(tenant), "100", PARIS_TODAY.minusDays(10));
    Invoice nordlys =
        fixtures.issue(tenant, "Nordlys", "LYO1", item(tenant), "200", PARIS_TODAY.minusDays(9));
    Invoice credit = fixtures.creditNote(tenant, nordlys.getId(), PARIS_TODAY.minusDays(8));
    fixtures.payment(tenant, kaolin.getId(), "50.00", PARIS_TODAY.minusDays(2));
    ExportScope scope =
        tenancy.runAsTenant(
            tenant,
            () ->
                exports.scope(
                    PARIS_TODAY.minusDays(30).toString(), PARIS_TODAY.toString(), null, false));
    Formats fr = Formats.of(Locale.FRENCH, "FR");

    List<List<String>> rows = csv(out -> exports.invoices(scope, Locale.FRENCH, out));

    assertEquals(
        List.of(
            "Numéro",
            "Type",
            "Date",
            "Échéance",
            "Client",
            "Centre",
            "Devise",
            "Montant HT",
            "Taxe 20 %",
            "Taxe",
            "Montant TTC",
            "État"),
        rows.get(0));
    assertEquals(
        List.of(
            kaolin.getNumber(),
            "Facture",
            fr.date(kaolin.getIssueDate()),
            fr.date(kaolin.getDueDate()),
            "Studio Kaolin",
            "PAR1",
            "EUR",
            "100,00",
            "20,00",
            "20,00",
            "120,00",
            "Partiellement payée"),
        rows.get(1));
    assertEquals(
        List.of(nordlys.getNumber(), "Payée"), List.of(rows.get(2).get(0), rows.get(2).get(11)));
    assertEquals(
        List.of(credit.getNumber(), "Avoir", "Avoir"),
        List.of(rows.get(3).get(0), rows.get(3).get(1), rows.get(3).get(11)));
    assertEquals(4, rows.size());

    List<List<String>> payments = csv(out -> exports.payments(scope, Locale.ENGLISH, out));
    assertEquals("Allocated to", payments.get(0).get(7));
    assertEquals(
        List.of("Studio Kaolin", "PAR1", "TRANSFER", "50.00", "EUR"),
        payments.get(1).subList(1, 6));
    assertEquals(kaolin.getNumber(), payments.get(1).get(7));
  }

  @Test
  void theFecHasItsEighteenColumnsBalancedEntriesAndTheLegalFileName() {
    String slug = tenants.copyOf("lumiere");
    long tenant = tenants.idOf(slug);
    fixtures.signIn(slug, "accounts@lumiere.test");
    Invoice kaolin =
        fixtures.issue(
            tenant, "Studio Kaolin", "PAR1", item(tenant), "333.33", PARIS_TODAY.minusDays(6));
    Invoice nordlys =
        fixtures.issue(tenant, "Nordlys", "LYO1", item(tenant), "90", PARIS_TODAY.minusDays(5));
    Invoice credit = fixtures.creditNote(tenant, nordlys.getId(), PARIS_TODAY.minusDays(4));
    fixtures.payment(tenant, kaolin.getId(), "400.00", PARIS_TODAY.minusDays(1));
    ExportScope scope =
        tenancy.runAsTenant(
            tenant,
            () ->
                exports.scope(
                    PARIS_TODAY.minusDays(10).toString(), PARIS_TODAY.toString(), null, false));

    String name = tenancy.runAsTenant(tenant, () -> exports.fecFileName(scope));
    String siren = Parties.get(Parties.read(kaolin.getSeller()), "siren");
    assertEquals(
        siren + "FEC" + PARIS_TODAY.format(DateTimeFormatter.BASIC_ISO_DATE) + ".txt", name);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    exports.fec(scope, bytes);
    String[] lines = bytes.toString(Charset.forName("ISO-8859-15")).split("\r\n");
    assertEquals(String.join("|", FecEntry.COLUMNS), lines[0]);
    Map<String, BigDecimal[]> entries = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split("\\|", -1);
      assertEquals(18, cells.length, lines[i]);
      BigDecimal[] sums =
          entries.computeIfAbsent(
              cells[2], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(new BigDecimal(cells[11].replace(',', '.')));
      sums[1] = sums[1].add(new BigDecimal(cells[12].replace(',', '.')));
    }
    assertEquals(4, entries.size(), "two invoices, a credit note, a payment");
    entries.forEach(
        (number, sums) -> assertEquals(0, sums[0].compareTo(sums[1]), number + " balances"));
    assertEquals(
        0,
        entries.get(kaolin.getNumber())[0].compareTo(new BigDecimal("400.00")),
        "333.33 + 66.67 VAT");
    String clientSideOfCredit =
        Arrays.stream(lines)
            .filter(l -> l.contains("|" + credit.getNumber() + "|") && l.contains("|411|"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        clientSideOfCredit.contains("|0,00|108,00|"),
        "a credit note credits the client: " + clientSideOfCredit);
    assertTrue(
        Arrays.stream(lines)
            .anyMatch(
                l ->
                    l.startsWith("BQ|Banque|")
                        && l.contains("|512|")
                        && l.contains("|400,00|0,00|")),
        "the payment debits the bank");
  }

  @Test
  void gstr1GroupsB2bInvoicesByBuyerGstinWithCgstSgstOrIgst() {
    String slug = tenants.copyOf("banyan");
    long tenant = tenants.idOf(slug);
    fixtures.signIn(slug, "accounts@banyan.test");
    Invoice chai1 =
        fixtures.issue(
            tenant, "Chai Labs", "BLR1", "PRIVATE-CABIN", "10000", INDIA_TODAY.minusDays(9));
    // The prospect has no billing address in the demo; a B2B invoice needs one.
    invoices.sql(
        tenant,
        "UPDATE company SET billing_line = '12 Church Street', billing_postal_code = '560001',"
            + " billing_city = 'Bengaluru', billing_country = 'IN' WHERE name LIKE 'Monsoon%'");
    Invoice monsoon =
        fixtures.issue(
            tenant, "Monsoon", "BLR1", "PRIVATE-CABIN", "5000", INDIA_TODAY.minusDays(8));
    Invoice chai2 =
        fixtures.issue(tenant, "Chai Labs", "BLR1", "HOT-DESK", "3000", INDIA_TODAY.minusDays(7));
    Invoice peepal =
        fixtures.issue(
            tenant, "Peepal", "BLR1", "VIRTUAL-OFFICE", "2000", INDIA_TODAY.minusDays(6));
    Invoice credit = fixtures.creditNote(tenant, chai2.getId(), INDIA_TODAY.minusDays(5));
    long blr1 = tenants.centreId(slug, "BLR1");
    ExportScope scope =
        tenancy.runAsTenant(
            tenant,
            () ->
                exports.scope(
                    INDIA_TODAY.minusDays(20).toString(), INDIA_TODAY.toString(), blr1, true));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    exports.gstr1(scope, bytes);
    JsonObject gstr1 =
        Json.createReader(new StringReader(bytes.toString(StandardCharsets.UTF_8))).readObject();

    assertEquals("29AAHCB4817K1ZC", gstr1.getString("gstin"));
    JsonArray b2b = gstr1.getJsonArray("b2b");
    assertEquals(
        List.of("06AAOCP6614R1ZM", "29AAKCC2391F1ZI", "29AAMCM5027H1Z7"),
        b2b.stream().map(g -> g.asJsonObject().getString("ctin")).toList());
    JsonArray chai = b2b.getJsonObject(1).getJsonArray("inv");
    assertEquals(
        List.of(chai1.getNumber(), chai2.getNumber()),
        chai.stream().map(i -> i.asJsonObject().getString("inum")).toList());
    JsonObject first = chai.getJsonObject(0);
    assertEquals("29", first.getString("pos"));
    assertEquals("N", first.getString("rchrg"));
    assertEquals(
        0, first.getJsonNumber("val").bigDecimalValue().compareTo(new BigDecimal("11800")));
    JsonObject cabin = first.getJsonArray("itms").getJsonObject(0).getJsonObject("itm_det");
    assertEquals(18, cabin.getInt("rt"));
    assertEquals(
        0, cabin.getJsonNumber("txval").bigDecimalValue().compareTo(new BigDecimal("10000")));
    assertEquals(0, cabin.getJsonNumber("camt").bigDecimalValue().compareTo(new BigDecimal("900")));
    assertEquals(0, cabin.getJsonNumber("samt").bigDecimalValue().compareTo(new BigDecimal("900")));
    assertEquals(0, cabin.getJsonNumber("iamt").bigDecimalValue().signum());

    JsonObject inter = b2b.getJsonObject(0).getJsonArray("inv").getJsonObject(0);
    assertEquals(peepal.getNumber(), inter.getString("inum"));
    assertEquals("06", inter.getString("pos"), "IGST: supplied where the buyer is");
    JsonObject office = inter.getJsonArray("itms").getJsonObject(0).getJsonObject("itm_det");
    assertEquals(
        0, office.getJsonNumber("iamt").bigDecimalValue().compareTo(new BigDecimal("360")));
    assertEquals(0, office.getJsonNumber("camt").bigDecimalValue().signum());

    assertEquals(
        monsoon.getNumber(),
        b2b.getJsonObject(2).getJsonArray("inv").getJsonObject(0).getString("inum"));
    JsonObject note = gstr1.getJsonArray("cdnr").getJsonObject(0);
    assertEquals("29AAKCC2391F1ZI", note.getString("ctin"));
    assertEquals(credit.getNumber(), note.getJsonArray("nt").getJsonObject(0).getString("nt_num"));
    assertEquals(0, gstr1.getJsonArray("b2cs").size());
  }

  private String item(long tenant) {
    return tenancy.runAsTenant(
        tenant,
        () ->
            tenants.all(tenant, io.atrium.catalogue.CatalogueItem.class).stream()
                .filter(i -> i.getKind() == io.atrium.catalogue.CatalogueItem.Kind.MAIN)
                .filter(i -> i.getTaxRate().compareTo(new BigDecimal("20")) == 0)
                .map(io.atrium.catalogue.CatalogueItem::getCode)
                .sorted()
                .findFirst()
                .orElseThrow());
  }

  private interface Writing {
    void to(java.io.OutputStream out);
  }

  private static List<List<String>> csv(Writing writing) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writing.to(bytes);
    String text = bytes.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
    char separator = text.lines().findFirst().orElseThrow().contains(";") ? ';' : ',';
    return text.lines()
        .map(line -> List.of(line.split(String.valueOf(separator), -1)))
        .map(
            cells ->
                cells.stream().map(c -> c.replace('\u202f', ' ').replace('\u00a0', ' ')).toList())
        .toList();
  }
}
