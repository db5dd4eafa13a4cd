package io.atrium.catalogue.api;

import io.atrium.catalogue.CatalogueItem;
import java.util.List;

/**
 * An item as the API shows it, with the centres offering it that the caller sees and the price in
 * force today in each; {@code history} (every price of those centres, newest first) only when one
 * item is asked for.
 *
 * @param taxRate percent, as a decimal string
 */
public record ItemSummary(
    long id,
    String code,
    String kind,
    String serviceType,
    String nameEn,
    String nameFr,
    String descriptionEn,
    String descriptionFr,
    String unit,
    String vatCategory,
    String sacCode,
    String taxRate,
    boolean supplyAtProperty,
    String revenueAccount,
    String creditHours,
    boolean active,
    long version,
    List<CentreOffer> centres,
    List<PriceEntry> history) {

  static ItemSummary of(CatalogueItem i, List<CentreOffer> centres, List<PriceEntry> history) {
    return new ItemSummary(
        i.getId(),
        i.getCode(),
        i.getKind().name(),
        i.getServiceType() == null ? null : i.getServiceType().name(),
        i.getNameEn(),
        i.getNameFr(),
        i.getDescriptionEn(),
        i.getDescriptionFr(),
        i.getUnit().name(),
        i.getVatCategory(),
        i.getSacCode(),
        i.getTaxRate().stripTrailingZeros().toPlainString(),
        i.isSupplyAtProperty(),
        i.getRevenueAccount(),
        i.getCreditHours() == null ? null : i.getCreditHours().stripTrailingZeros().toPlainString(),
        i.isActive(),
        i.getVersion(),
        centres,
        history);
  }
}
