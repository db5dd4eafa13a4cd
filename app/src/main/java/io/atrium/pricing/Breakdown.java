package io.atrium.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the pricing service answers: every line from the base price to the gross total, in the
 * centre's currency, each with the rule that produced it. Net, tax and gross are the totals of its
 * lines; rounding says how far rounding each line moved the gross from the exact computation.
 */
public record Breakdown(
    String currency,
    List<BreakdownLine> lines,
    BigDecimal net,
    BigDecimal tax,
    BigDecimal gross,
    BigDecimal rounding)
    implements Serializable {

  public Breakdown {
    lines = List.copyOf(lines);
  }

  /** The lines of one kind (the tax lines, say), in order. */
  public List<BreakdownLine> linesOf(BreakdownLine.Kind kind) {
    return lines.stream().filter(line -> line.kind() == kind).toList();
  }

  /** The amount of the one line of this kind, or zero when there is none (no grid, no discount). */
  public BigDecimal amountOf(BreakdownLine.Kind kind) {
    return linesOf(kind).stream().map(BreakdownLine::amount).reduce(BigDecimal::add).orElse(zero());
  }

  private BigDecimal zero() {
    return BigDecimal.ZERO.setScale(net.scale());
  }
}
