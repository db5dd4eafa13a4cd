package io.atrium.catalogue.web;

import io.atrium.catalogue.CataloguePrice;
import io.atrium.shared.format.Formats;
import java.math.BigDecimal;

/**
 * Prices and tax categories as the catalogue's pages write them: an amount with two decimals, or
 * with up to four when a unit price needs them (a printed page at 0.0450), then the currency.
 */
final class PriceTexts {

  private PriceTexts() {}

  static String price(Formats formats, CataloguePrice price) {
    return amount(formats, price.getUnitPrice()) + " " + price.getCurrency();
  }

  static String amount(Formats formats, BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 2 ? formats.amount(value) : formats.number(value);
  }
}
