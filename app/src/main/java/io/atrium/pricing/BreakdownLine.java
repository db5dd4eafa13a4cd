package io.atrium.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a price breakdown: what it is, the rule that produced it (a stable code for programs,
 * a bundle key and its arguments for people, so each reader sees it in their language) and its
 * amount, already rounded to the currency's minor unit. Tax lines carry their rate.
 *
 * @param arguments plain texts (codes, decimal numbers as written by {@link
 *     BigDecimal#toPlainString()}), never formatted for one language
 */
public record BreakdownLine(
    Kind kind,
    String rule,
    String messageKey,
    List<String> arguments,
    BigDecimal amount,
    BigDecimal taxRate)
    implements Serializable {

  /** The parts of a breakdown, in the order they are listed. */
  public enum Kind {
    BASE,
    GRID,
    DISCOUNT,
    NET,
    TAX,
    GROSS,
    ROUNDING
  }

  public BreakdownLine {
    arguments = List.copyOf(arguments);
  }

  /** The bundle key of the line's kind ("Base price", "Tax"...), for a column heading. */
  public String getKindKey() {
    return "pricing.line." + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  public Object[] getArgumentArray() {
    return arguments.toArray();
  }
}
