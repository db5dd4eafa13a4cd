package io.atrium.invoicing;

import io.atrium.tenancy.TaxScheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of invoice lines and totals, with no database: a line's net is quantity × unit
 * price less its discount, rounded half up to the cent; VAT totals are computed per category and
 * rate on the sum of the nets (EN 16931, what the Factur-X validator checks); GST is computed per
 * line (the e-invoice carries each item's CGST, SGST or IGST) and summed.
 */
public final class TaxLines {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);

  private TaxLines() {}

  /** One tax group of a document: VAT category and rate, or GST rate with its split. */
  public record TaxTotal(
      String category,
      BigDecimal rate,
      BigDecimal base,
      BigDecimal amount,
      BigDecimal cgst,
      BigDecimal sgst,
      BigDecimal igst) {}

  /** A document's totals. */
  public record Totals(BigDecimal net, BigDecimal tax, BigDecimal gross, List<TaxTotal> byRate) {}

  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Sets the line's net and tax amounts. {@code intraState} (GST only): CGST + SGST at half the
   * rate each when the place of supply is the centre's state, IGST at the full rate otherwise.
   */
  public static void price(InvoiceLine line, TaxScheme scheme, boolean intraState) {
    BigDecimal gross = line.getQuantity().multiply(line.getUnitPrice());
    BigDecimal discount =
        gross.multiply(line.getDiscountPercent()).divide(HUNDRED, 6, RoundingMode.HALF_UP);
    BigDecimal net = cents(gross.subtract(discount));
    line.setNetAmount(net);
    BigDecimal rate = line.getTaxRate();
    if (scheme == TaxScheme.VAT) {
      line.setTaxAmount(cents(net.multiply(rate).divide(HUNDRED, 6, RoundingMode.HALF_UP)));
      line.setCgstAmount(null);
      line.setSgstAmount(null);
      line.setIgstAmount(null);
    } else if (intraState) {
      BigDecimal half = cents(net.multiply(rate).divide(TWO_HUNDRED, 6, RoundingMode.HALF_UP));
      line.setCgstAmount(half);
      line.setSgstAmount(half);
      line.setIgstAmount(BigDecimal.ZERO.setScale(2));
      line.setTaxAmount(half.add(half));
    } else {
      BigDecimal full = cents(net.multiply(rate).divide(HUNDRED, 6, RoundingMode.HALF_UP));
      line.setCgstAmount(BigDecimal.ZERO.setScale(2));
      line.setSgstAmount(BigDecimal.ZERO.setScale(2));
      line.setIgstAmount(full);
      line.setTaxAmount(full);
    }
  }

  /**
   * The totals of priced lines, with one tax group per category and rate (GST: per rate, IGST apart
   * from CGST + SGST).
   */
  public static Totals totals(List<InvoiceLine> lines, TaxScheme scheme) {
    Map<String, List<InvoiceLine>> groups = new LinkedHashMap<>();
    for (InvoiceLine line : lines) {
      // GST: IGST lines and CGST + SGST lines are separate groups, even at the same rate, so that
      // each tax is shown on its own base (a document may mix both: a virtual office billed to
      // another state beside a seat supplied where the property is).
      String category =
          scheme == TaxScheme.VAT ? line.getVatCategory() : interState(line) ? "IGST" : "GST";
      groups
          .computeIfAbsent(
              category + "|" + line.getTaxRate().stripTrailingZeros().toPlainString(),
              k -> new ArrayList<>())
          .add(line);
    }
    List<TaxTotal> byRate = new ArrayList<>();
    BigDecimal net = BigDecimal.ZERO.setScale(2);
    BigDecimal tax = BigDecimal.ZERO.setScale(2);
    for (List<InvoiceLine> group : groups.values()) {
      InvoiceLine first = group.get(0);
      BigDecimal base = sum(group, InvoiceLine::getNetAmount);
      BigDecimal amount;
      BigDecimal cgst = null;
      BigDecimal sgst = null;
      BigDecimal igst = null;
      if (scheme == TaxScheme.VAT) {
        amount = cents(base.multiply(first.getTaxRate()).divide(HUNDRED, 6, RoundingMode.HALF_UP));
      } else {
        cgst = sum(group, InvoiceLine::getCgstAmount);
        sgst = sum(group, InvoiceLine::getSgstAmount);
        igst = sum(group, InvoiceLine::getIgstAmount);
        amount = cgst.add(sgst).add(igst);
      }
      String category = scheme == TaxScheme.VAT ? first.getVatCategory() : null;
      byRate.add(new TaxTotal(category, first.getTaxRate(), base, amount, cgst, sgst, igst));
      net = net.add(base);
      tax = tax.add(amount);
    }
    return new Totals(net, tax, net.add(tax), byRate);
  }

  private static boolean interState(InvoiceLine line) {
    return line.getIgstAmount() != null && line.getIgstAmount().signum() != 0;
  }

  private static BigDecimal sum(
      List<InvoiceLine> lines, java.util.function.Function<InvoiceLine, BigDecimal> amount) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (InvoiceLine line : lines) {
      BigDecimal value = amount.apply(line);
      if (value != null) {
        total = total.add(value);
      }
    }
    return total;
  }
}
