package io.atrium.invoicing;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The footprint (empreinte) of an issued document: SHA-256, in lower-case hex, of its canonical
 * content followed by the previous footprint of its series (64 zeros for the first). The canonical
 * content is one field per line, {@code name=value}, in this order: tenant, series, chain_seq,
 * number, kind, corrects, issue_date, due_date, service_from, service_to, currency, seller, buyer,
 * net, tax, gross; then for each line in position order: position, source, description, quantity,
 * unit, unit_price, discount, net, category, sac, rate, tax, cgst, sgst, igst, period_from,
 * period_to. Amounts are written plain with their scale stripped, absent values empty, parties with
 * their keys sorted (jsonb does not keep the order written). A change to any printed fact, or to
 * the order of the chain, changes every later footprint.
 */
public final class InvoiceFootprint {

  public static final String GENESIS = "0".repeat(64);

  private InvoiceFootprint() {}

  public static String of(long tenantId, Invoice invoice, String previous) {
    return sha256(canonical(tenantId, invoice) + "previous=" + previous + "\n");
  }

  public static String canonical(long tenantId, Invoice invoice) {
    StringBuilder text = new StringBuilder();
    field(text, "tenant", tenantId);
    field(text, "series", invoice.getSeriesId());
    field(text, "chain_seq", invoice.getChainSeq());
    field(text, "number", invoice.getNumber());
    field(text, "kind", invoice.getKind());
    field(text, "corrects", invoice.getCorrectsId());
    field(text, "issue_date", invoice.getIssueDate());
    field(text, "due_date", invoice.getDueDate());
    field(text, "service_from", invoice.getServiceFrom());
    field(text, "service_to", invoice.getServiceTo());
    field(text, "currency", invoice.getCurrency());
    field(text, "seller", sorted(Parties.read(invoice.getSeller())));
    field(text, "buyer", sorted(Parties.read(invoice.getBuyer())));
    field(text, "net", invoice.getNetTotal());
    field(text, "tax", invoice.getTaxTotal());
    field(text, "gross", invoice.getGrossTotal());
    for (InvoiceLine line : invoice.getLines()) {
      field(text, "position", line.getPosition());
      field(text, "source", line.getSource());
      field(text, "description", line.getDescription());
      field(text, "quantity", line.getQuantity());
      field(text, "unit", line.getUnit());
      field(text, "unit_price", line.getUnitPrice());
      field(text, "discount", line.getDiscountPercent());
      field(text, "net", line.getNetAmount());
      field(text, "category", line.getVatCategory());
      field(text, "sac", line.getSacCode());
      field(text, "rate", line.getTaxRate());
      field(text, "tax", line.getTaxAmount());
      field(text, "cgst", line.getCgstAmount());
      field(text, "sgst", line.getSgstAmount());
      field(text, "igst", line.getIgstAmount());
      field(text, "period_from", line.getPeriodFrom());
      field(text, "period_to", line.getPeriodTo());
    }
    return text.toString();
  }

  private static void field(StringBuilder text, String name, Object value) {
    String written;
    if (value == null) {
      written = "";
    } else if (value instanceof BigDecimal amount) {
      written = amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    } else {
      written = value.toString().replace("\\", "\\\\").replace("\n", "\\n");
    }
    text.append(name).append('=').append(written).append('\n');
  }

  /** A party's keys in sorted order: jsonb keeps its own order, not the one written. */
  private static String sorted(JsonObject party) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(party)
        .forEach((key, value) -> text.append(key).append(':').append(value).append(';'));
    return text.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
