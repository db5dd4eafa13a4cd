package io.atrium.invoicing.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.invoicing.Invoice;
import io.atrium.testing.Deployments;
import io.atrium.testing.IssuedDocuments;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The GST e-invoice (INV-01 v1.1) of documents issued in a copy of Banyan Works, field by field: an
 * office in Bengaluru billed to a Karnataka company (CGST + SGST), a virtual office, supplied where
 * the buyer is, billed from Bengaluru to a Haryana company (IGST), and a credit note (CRN).
 */
@ExtendWith(ArquillianExtension.class)
class GstEInvoiceIT {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Inject IssuedDocuments documents;

  private static final IssuedDocuments.Order TO_KARNATAKA =
      IssuedDocuments.Order.to(c -> c.getGstin() != null && c.getGstin().startsWith("29"));

  @Test
  void anOfficeBilledInsideKarnatakaCarriesCgstAndSgstAtNinePerCentEach() {
    long tenant = tenants.idOf(tenants.copyOf("banyan"));
    long id = documents.issue(tenant, TO_KARNATAKA, Invoice.Kind.INVOICE, null, "10000", DAY);
    JsonObject e = documents.eInvoice(tenant, id);

    assertEquals("1.1", e.getString("Version"));
    JsonObject tran = e.getJsonObject("TranDtls");
    assertEquals("GST", tran.getString("TaxSch"));
    assertEquals("B2B", tran.getString("SupTyp"));
    assertEquals("N", tran.getString("RegRev"));
    assertEquals("N", tran.getString("IgstOnIntra"));
    JsonObject doc = e.getJsonObject("DocDtls");
    assertEquals("INV", doc.getString("Typ"));
    assertTrue(doc.getString("No").matches("I29/2627/\\d{6}"), doc.getString("No"));
    assertEquals("01/12/2026", doc.getString("Dt"));
    JsonObject seller = e.getJsonObject("SellerDtls");
    assertEquals("29AAHCB4817K1ZC", seller.getString("Gstin"));
    assertFalse(seller.getString("LglNm").isBlank());
    assertFalse(seller.getString("Addr1").isBlank());
    assertFalse(seller.getString("Loc").isBlank());
    assertTrue(seller.getInt("Pin") >= 100000 && seller.getInt("Pin") <= 999999);
    assertEquals("29", seller.getString("Stcd"));
    JsonObject buyer = e.getJsonObject("BuyerDtls");
    assertTrue(buyer.getString("Gstin").startsWith("29"));
    assertEquals("29", buyer.getString("Stcd"));
    assertEquals("29", buyer.getString("Pos"), "property services: where the property is");
    JsonObject item = e.getJsonArray("ItemList").getJsonObject(0);
    assertEquals(1, e.getJsonArray("ItemList").size());
    assertEquals("1", item.getString("SlNo"));
    assertFalse(item.getString("PrdDesc").isBlank());
    assertEquals("Y", item.getString("IsServc"));
    assertEquals("997212", item.getString("HsnCd"));
    assertEquals(
        new BigDecimal("1"), item.getJsonNumber("Qty").bigDecimalValue().stripTrailingZeros());
    assertTrue(item.getString("Unit").matches("OTH|NOS"));
    assertAmount("10000.00", item, "UnitPrice");
    assertAmount("10000.00", item, "TotAmt");
    assertAmount("10000.00", item, "AssAmt");
    assertAmount("18", item, "GstRt");
    assertAmount("900.00", item, "CgstAmt");
    assertAmount("900.00", item, "SgstAmt");
    assertAmount("0.00", item, "IgstAmt");
    assertAmount("11800.00", item, "TotItemVal");
    JsonObject values = e.getJsonObject("ValDtls");
    assertAmount("10000.00", values, "AssVal");
    assertAmount("900.00", values, "CgstVal");
    assertAmount("900.00", values, "SgstVal");
    assertAmount("0.00", values, "IgstVal");
    assertAmount("11800.00", values, "TotInvVal");
  }

  @Test
  void aVirtualOfficeBilledFromBengaluruToHaryanaCarriesIgstAndTheBuyersState() {
    long tenant = tenants.idOf(tenants.copyOf("banyan"));
    IssuedDocuments.Order toHaryana =
        new IssuedDocuments.Order(
            c -> c.getGstin() != null && c.getGstin().startsWith("06"),
            centre -> "29".equals(centre.getGstStateCode()),
            item -> !item.isSupplyAtProperty());
    long id = documents.issue(tenant, toHaryana, Invoice.Kind.INVOICE, null, "2500", DAY);
    JsonObject e = documents.eInvoice(tenant, id);

    assertEquals("29", e.getJsonObject("SellerDtls").getString("Stcd"));
    JsonObject buyer = e.getJsonObject("BuyerDtls");
    assertEquals("06AAOCP6614R1ZM", buyer.getString("Gstin"));
    assertEquals("06", buyer.getString("Stcd"));
    assertEquals("06", buyer.getString("Pos"), "supplied where the buyer is");
    JsonObject item = e.getJsonArray("ItemList").getJsonObject(0);
    assertEquals("997212", item.getString("HsnCd"));
    assertAmount("2500.00", item, "AssAmt");
    assertAmount("0.00", item, "CgstAmt");
    assertAmount("0.00", item, "SgstAmt");
    assertAmount("450.00", item, "IgstAmt");
    assertAmount("2950.00", item, "TotItemVal");
    JsonObject values = e.getJsonObject("ValDtls");
    assertAmount("0.00", values, "CgstVal");
    assertAmount("450.00", values, "IgstVal");
    assertAmount("2950.00", values, "TotInvVal");
  }

  @Test
  void aCreditNoteIsACrnNumberedInItsOwnSeries() {
    long tenant = tenants.idOf(tenants.copyOf("banyan"));
    long invoice = documents.issue(tenant, TO_KARNATAKA, Invoice.Kind.INVOICE, null, "4000", DAY);
    long note =
        documents.issue(
            tenant, TO_KARNATAKA, Invoice.Kind.CREDIT_NOTE, invoice, "1000", DAY.plusDays(3));
    JsonObject e = documents.eInvoice(tenant, note);

    JsonObject doc = e.getJsonObject("DocDtls");
    assertEquals("CRN", doc.getString("Typ"));
    assertTrue(doc.getString("No").matches("C29/2627/\\d{6}"), doc.getString("No"));
    assertEquals("04/12/2026", doc.getString("Dt"));
    JsonObject item = e.getJsonArray("ItemList").getJsonObject(0);
    assertAmount("1000.00", item, "AssAmt");
    assertAmount("90.00", item, "CgstAmt");
    assertAmount("90.00", item, "SgstAmt");
    assertAmount("1180.00", e.getJsonObject("ValDtls"), "TotInvVal");
  }

  private static void assertAmount(String expected, JsonObject object, String key) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(object.getJsonNumber(key).bigDecimalValue()),
        key + " = " + object.get(key));
  }
}
