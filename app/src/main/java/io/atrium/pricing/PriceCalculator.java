package io.atrium.pricing;

import io.atrium.pricing.BreakdownLine.Kind;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.TaxScheme;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The arithmetic of a price, without a database: base, grid adjustment, discount, net, tax per
 * rate, gross and the rounding they carry.
 *
 * <p>Rounding: each line is rounded on its own to the currency's minor unit ({@link
 * Currency#getDefaultFractionDigits()}: 2 for EUR and INR), half up (away from zero, as invoices
 * and the French and Indian tax administrations do), and totals are sums of rounded lines, so a
 * reader adding up the lines finds the total. Tax is computed per rate on the sum of the net lines
 * of that rate (EN 16931: BT-117 = BT-116 × rate), never line by line. The rounding line is how far
 * this moved the gross from the exact computation rounded once at the end.
 */
public final class PriceCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private PriceCalculator() {}

  /**
   * @throws InvalidFieldsException for a quantity that is not positive, a discount outside 0–100,
   *     or a grid amount that takes the price below zero
   */
  public static Breakdown calculate(PricingInput in) {
    if (in.quantity() == null || in.quantity().signum() <= 0) {
      throw InvalidFieldsException.of("quantity", "pricing.refused.quantity");
    }
    BigDecimal percent = in.discountPercent() == null ? BigDecimal.ZERO : in.discountPercent();
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw InvalidFieldsException.of("discount", "pricing.refused.discount");
    }
    int digits = Currency.getInstance(in.currency()).getDefaultFractionDigits();
    List<BreakdownLine> lines = new ArrayList<>();

    BigDecimal exactUnit =
        in.areaSqm() == null ? in.unitPrice() : in.unitPrice().multiply(in.areaSqm());
    BigDecimal exactBase = exactUnit.multiply(in.quantity());
    BigDecimal base = round(exactBase, digits);
    lines.add(
        in.areaSqm() == null
            ? line(Kind.BASE, "ITEM_PRICE", base, in.subject(), in.quantity(), in.unitPrice())
            : line(
                Kind.BASE,
                "SQM_REFERENCE",
                base,
                in.subject(),
                in.quantity(),
                in.areaSqm(),
                in.unitPrice()));

    BigDecimal exactSubtotal = exactBase;
    BigDecimal subtotal = base;
    GridRule grid = in.grid();
    if (grid != null) {
      BigDecimal exactAdjustment =
          grid.coefficient() != null
              ? exactBase.multiply(grid.coefficient().subtract(BigDecimal.ONE))
              : grid.amount().multiply(in.quantity());
      BigDecimal adjustment = round(exactAdjustment, digits);
      String scope = grid.scope().name();
      lines.add(
          grid.coefficient() != null
              ? line(
                  Kind.GRID,
                  "GRID_COEFFICIENT_" + scope,
                  adjustment,
                  grid.gridName(),
                  grid.commitmentMonths(),
                  grid.coefficient())
              : line(
                  Kind.GRID,
                  "GRID_AMOUNT_" + scope,
                  adjustment,
                  grid.gridName(),
                  grid.commitmentMonths(),
                  grid.amount()));
      exactSubtotal = exactSubtotal.add(exactAdjustment);
      subtotal = subtotal.add(adjustment);
    }
    if (subtotal.signum() < 0) {
      throw InvalidFieldsException.of("grid", "pricing.refused.belowZero");
    }

    BigDecimal exactNet = exactSubtotal;
    BigDecimal net = subtotal;
    if (percent.signum() > 0) {
      BigDecimal discount = round(subtotal.multiply(percent).divide(HUNDRED), digits).negate();
      lines.add(line(Kind.DISCOUNT, "DISCOUNT_PERCENT", discount, percent));
      exactNet = exactSubtotal.subtract(exactSubtotal.multiply(percent).divide(HUNDRED));
      net = subtotal.add(discount);
    }
    lines.add(line(Kind.NET, "NET_SUM", net));

    Taxes taxes = taxes(in.tax(), net, exactNet, digits);
    lines.addAll(taxes.lines);
    BigDecimal gross = net.add(taxes.total);
    lines.add(line(Kind.GROSS, "GROSS_SUM", gross));
    BigDecimal rounding = gross.subtract(round(exactNet.add(taxes.exactTotal), digits));
    lines.add(line(Kind.ROUNDING, "ROUND_HALF_UP_PER_LINE", rounding, digits));
    return new Breakdown(in.currency(), lines, net, taxes.total, gross, rounding);
  }

  /** The tax lines of one rate on the net, and their exact total for the rounding line. */
  private static Taxes taxes(TaxRule tax, BigDecimal net, BigDecimal exactNet, int digits) {
    Taxes taxes = new Taxes(digits);
    if (tax.scheme() == TaxScheme.VAT) {
      String category = tax.vatCategory() == null ? "S" : tax.vatCategory();
      taxes.add("VAT_" + category, tax.rate(), net, exactNet, category);
    } else if (tax.intraState()) {
      BigDecimal half = tax.rate().divide(TWO, MathContext.DECIMAL64);
      String why =
          tax.supplyAtProperty()
              ? "PROPERTY"
              : tax.buyerState() == null ? "BUYER_UNKNOWN" : "SAME_STATE";
      taxes.add("CGST_" + why, half, net, exactNet, tax.centreState());
      taxes.add("SGST_" + why, half, net, exactNet, tax.centreState());
    } else {
      taxes.add("IGST_INTER_STATE", tax.rate(), net, exactNet, tax.buyerState());
    }
    return taxes;
  }

  static BigDecimal round(BigDecimal amount, int digits) {
    return amount.setScale(digits, RoundingMode.HALF_UP);
  }

  private static BreakdownLine line(Kind kind, String rule, BigDecimal amount, Object... args) {
    return lineAt(kind, rule, amount, null, args);
  }

  private static BreakdownLine lineAt(
      Kind kind, String rule, BigDecimal amount, BigDecimal rate, Object... args) {
    List<String> texts = new ArrayList<>();
    for (Object arg : args) {
      texts.add(
          arg instanceof BigDecimal decimal
              ? decimal.stripTrailingZeros().toPlainString()
              : String.valueOf(arg));
    }
    return new BreakdownLine(kind, rule, "pricing.rule." + rule, texts, amount, rate);
  }

  /** Tax lines being built, with their rounded and exact totals. */
  private static final class Taxes {
    final int digits;
    final List<BreakdownLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal exactTotal = BigDecimal.ZERO;

    Taxes(int digits) {
      this.digits = digits;
      total = total.setScale(digits);
    }

    void add(String rule, BigDecimal rate, BigDecimal net, BigDecimal exactNet, String where) {
      BigDecimal amount = round(net.multiply(rate).divide(HUNDRED), digits);
      lines.add(lineAt(Kind.TAX, rule, amount, rate, rate, net, where == null ? "" : where));
      total = total.add(amount);
      exactTotal = exactTotal.add(exactNet.multiply(rate).divide(HUNDRED));
    }
  }
}
