package io.atrium.catalogue.api;

import io.atrium.catalogue.CataloguePrice;

/**
 * One row of an item's price history.
 *
 * @param unitPrice net of tax, as a decimal string (4 decimals)
 * @param setAt when it was set, a UTC instant
 */
public record PriceEntry(
    long id,
    long centreId,
    String centre,
    String effectiveFrom,
    String unitPrice,
    String currency,
    String setBy,
    String setAt) {

  static PriceEntry of(CataloguePrice p) {
    return new PriceEntry(
        p.getId(),
        p.getCentre().getId(),
        p.getCentre().getCode(),
        p.getEffectiveFrom().toString(),
        p.getUnitPrice().toPlainString(),
        p.getCurrency(),
        p.getCreatedByName(),
        p.getCreatedAt() == null ? null : p.getCreatedAt().toString());
  }
}
