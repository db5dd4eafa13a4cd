package io.atrium.catalogue;

import io.atrium.tenancy.Centre;
import java.io.Serializable;

/**
 * An item's price in force today in one centre offering it; {@code price} is null when the centre
 * offers the item without a price yet ("no price": the pricing service refuses to price it).
 */
public record CentrePrice(Centre centre, CataloguePrice price) implements Serializable {

  public boolean isPriced() {
    return price != null;
  }
}
