package io.atrium.invoicing.documents;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.TaxLines;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * The GST e-invoice of a B2B document (schema INV-01 v1.1), as the Invoice Registration Portal
 * takes it: document type INV for invoices (deposits and corrective invoices included), CRN for
 * credit notes; each line an item with its SAC, taxable value and CGST + SGST or IGST; place of
 * supply as printed on the PDF. Amounts are JSON numbers with two decimals.
 */
public final class GstEInvoice {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private GstEInvoice() {}

  /** Whether the document has one: an Indian operator's, to a buyer with a GSTIN. */
  public static boolean applies(DocumentFacts facts) {
    return facts.gst() && facts.party(facts.buyer(), "gstin") != null;
  }

  public static JsonObject of(DocumentFacts facts) {
    Invoice invoice = facts.invoice();
    JsonObject seller = facts.seller();
    JsonObject buyer = facts.buyer();
    JsonArrayBuilder items = JSON.createArrayBuilder();
    for (InvoiceLine line : facts.lines()) {
      items.add(item(line));
    }
    TaxLines.Totals totals = facts.totals();
    BigDecimal cgst = BigDecimal.ZERO.setScale(2);
    BigDecimal sgst = BigDecimal.ZERO.setScale(2);
    BigDecimal igst = BigDecimal.ZERO.setScale(2);
    for (TaxLines.TaxTotal rate : totals.byRate()) {
      cgst = cgst.add(rate.cgst());
      sgst = sgst.add(rate.sgst());
      igst = igst.add(rate.igst());
    }
    return JSON.createObjectBuilder()
        .add("Version", "1.1")
        .add(
            "TranDtls",
            JSON.createObjectBuilder()
                .add("TaxSch", "GST")
                .add("SupTyp", "B2B")
                .add("RegRev", "N")
                .add("IgstOnIntra", "N"))
        .add(
            "DocDtls",
            JSON.createObjectBuilder()
                .add("Typ", invoice.getKind() == Invoice.Kind.CREDIT_NOTE ? "CRN" : "INV")
                .add("No", invoice.getNumber())
                .add("Dt", DAY.format(invoice.getIssueDate())))
        .add("SellerDtls", party(facts, seller))
        .add("BuyerDtls", party(facts, buyer).add("Pos", DocumentMentions.placeOfSupply(facts)))
        .add("ItemList", items)
        .add(
            "ValDtls",
            JSON.createObjectBuilder()
                .add("AssVal", totals.net())
                .add("CgstVal", cgst)
                .add("SgstVal", sgst)
                .add("IgstVal", igst)
                .add("TotInvVal", totals.gross()))
        .build();
  }

  private static JsonObjectBuilder party(DocumentFacts facts, JsonObject party) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("Gstin", facts.party(party, "gstin"))
            .add("LglNm", facts.party(party, "name"))
            .add("Addr1", orEmpty(facts.party(party, "line")))
            .add("Loc", orEmpty(facts.party(party, "city")));
    String pin = facts.party(party, "postalCode");
    if (pin != null && pin.matches("[1-9][0-9]{5}")) {
      b.add("Pin", Integer.parseInt(pin));
    }
    return b.add("Stcd", orEmpty(facts.party(party, "stateCode")));
  }

  private static JsonObjectBuilder item(InvoiceLine line) {
    BigDecimal total = TaxLines.cents(line.getQuantity().multiply(line.getUnitPrice()));
    BigDecimal assessable = line.getNetAmount();
    BigDecimal cgst = zero(line.getCgstAmount());
    BigDecimal sgst = zero(line.getSgstAmount());
    BigDecimal igst = zero(line.getIgstAmount());
    JsonObjectBuilder item =
        JSON.createObjectBuilder()
            .add("SlNo", Integer.toString(line.getPosition()))
            .add("PrdDesc", line.getDescription())
            .add("IsServc", "Y")
            .add("HsnCd", orEmpty(line.getSacCode()))
            .add("Qty", line.getQuantity())
            .add("Unit", "UNIT".equals(line.getUnit()) ? "NOS" : "OTH")
            .add("UnitPrice", line.getUnitPrice())
            .add("TotAmt", total);
    if (total.compareTo(assessable) != 0) {
      item.add("Discount", total.subtract(assessable));
    }
    return item.add("AssAmt", assessable)
        .add("GstRt", line.getTaxRate())
        .add("CgstAmt", cgst)
        .add("SgstAmt", sgst)
        .add("IgstAmt", igst)
        .add("TotItemVal", assessable.add(cgst).add(sgst).add(igst));
  }

  private static BigDecimal zero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
