package io.atrium.catalogue.api;

import io.atrium.catalogue.CentrePrice;

/**
 * A centre offering the item, with the price in force today there.
 *
 * @param unitPrice net of tax, null when the centre has no price for it yet ("no price")
 * @param effectiveFrom the day that price started
 */
public record CentreOffer(
    long centreId, String centre, String currency, String unitPrice, String effectiveFrom) {

  static CentreOffer of(CentrePrice offer) {
    var price = offer.price();
    return new CentreOffer(
        offer.centre().getId(),
        offer.centre().getCode(),
        offer.centre().getCurrency(),
        price == null ? null : price.getUnitPrice().toPlainString(),
        price == null ? null : price.getEffectiveFrom().toString());
  }
}
