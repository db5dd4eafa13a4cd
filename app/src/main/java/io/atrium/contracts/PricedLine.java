package io.atrium.contracts;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.pricing.Breakdown;
import io.atrium.spaces.Space;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A contract line as the pricing service priced it: the monthly unit price after the grid and
 * before the discount, the discount, and the breakdown it came from (shown while editing).
 */
public record PricedLine(
    ContractLine.Kind kind,
    CatalogueItem item,
    Space space,
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    Breakdown breakdown)
    implements Serializable {}
