package io.atrium.pricing.api;

import io.atrium.pricing.CentrePrices;
import io.atrium.pricing.PriceGrid;
import io.atrium.pricing.StaffDiscount;
import io.atrium.tenancy.Centre;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pricing rules as the API shows them; amounts and percentages are decimal strings. */
public final class RuleSummaries {

  private RuleSummaries() {}

  @Schema(name = "CentrePrice")
  public record CentrePrice(
      long centreId,
      String centre,
      String currency,
      @Schema(description = "per m² and month; null when not set", example = "42.50")
          String pricePerSqm) {

    static CentrePrice of(CentrePrices.Row row) {
      return new CentrePrice(
          row.centre().getId(),
          row.centre().getCode(),
          row.centre().getCurrency(),
          text(row.pricePerSqm()));
    }
  }

  @Schema(name = "PriceGridSummary")
  public record Grid(long id, String name, boolean active, List<Long> centreIds, List<Line> lines) {

    static Grid of(PriceGrid grid) {
      return new Grid(
          grid.getId(),
          grid.getName(),
          grid.isActive(),
          grid.getCentres().stream().map(Centre::getId).sorted().toList(),
          grid.getLines().stream()
              .map(
                  l ->
                      new Line(
                          l.getSpaceKind() == null ? null : l.getSpaceKind().name(),
                          l.getCatalogueItem() == null ? null : l.getCatalogueItem().getId(),
                          l.getCommitmentMonths(),
                          text(l.getCoefficient()),
                          text(l.getAmount())))
              .toList());
    }
  }

  @Schema(name = "PriceGridLine")
  public record Line(
      @Schema(description = "a space kind, or null: any") String spaceKind,
      @Schema(description = "a catalogue item, or null: any") Long itemId,
      int commitmentMonths,
      @Schema(description = "× the base; null when an amount is given") String coefficient,
      @Schema(description = "+ per unit; null when a coefficient is given") String amount) {}

  @Schema(name = "StaffDiscountSummary")
  public record Discount(
      long id,
      String name,
      @Schema(example = "12.5") String percent,
      long roleId,
      String role,
      boolean active,
      List<Long> centreIds) {

    static Discount of(StaffDiscount discount) {
      return new Discount(
          discount.getId(),
          discount.getName(),
          text(discount.getPercent()),
          discount.getRole().getId(),
          discount.getRole().getName(),
          discount.isActive(),
          discount.getCentres().stream().map(Centre::getId).sorted().toList());
    }
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
