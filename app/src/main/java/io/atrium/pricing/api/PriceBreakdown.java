package io.atrium.pricing.api;

import io.atrium.pricing.Breakdown;
import io.atrium.pricing.BreakdownLine;
import io.atrium.shared.i18n.Texts;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A price breakdown as the API answers it. Amounts are decimal strings with the currency's minor
 * unit ("1080.00"), never JSON numbers, so no client reads them as binary floating point; the
 * currency is beside them.
 */
@Schema(name = "PriceBreakdown")
public record PriceBreakdown(
    @Schema(example = "EUR") String currency,
    @Schema(example = "450.00") String net,
    @Schema(example = "90.00") String tax,
    @Schema(example = "540.00") String gross,
    @Schema(example = "0.00", description = "gross minus the exact total rounded once")
        String rounding,
    List<Line> lines) {

  /**
   * One line, with the rule that produced it as a code and as a sentence in the caller's language.
   */
  @Schema(name = "PriceBreakdownLine")
  public record Line(
      @Schema(description = "BASE, GRID, DISCOUNT, NET, TAX, GROSS or ROUNDING") String kind,
      @Schema(description = "the rule's stable code", example = "CGST_PROPERTY") String rule,
      @Schema(description = "the rule in the language of Accept-Language") String text,
      @Schema(example = "90.00") String amount,
      @Schema(description = "tax lines only: the rate in percent", example = "9") String taxRate) {}

  static PriceBreakdown of(Breakdown breakdown, Locale locale) {
    return new PriceBreakdown(
        breakdown.currency(),
        breakdown.net().toPlainString(),
        breakdown.tax().toPlainString(),
        breakdown.gross().toPlainString(),
        breakdown.rounding().toPlainString(),
        breakdown.lines().stream().map(line -> line(line, locale)).toList());
  }

  private static Line line(BreakdownLine line, Locale locale) {
    String pattern = Texts.bundle(locale).getString(line.messageKey());
    return new Line(
        line.kind().name(),
        line.rule(),
        new MessageFormat(pattern, Texts.supported(locale)).format(line.getArgumentArray()),
        line.amount().toPlainString(),
        line.taxRate() == null ? null : line.taxRate().stripTrailingZeros().toPlainString());
  }
}
