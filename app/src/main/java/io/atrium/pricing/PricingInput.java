package io.atrium.pricing;

import java.math.BigDecimal;

/**
 * Everything the calculator needs, read from the database by {@link Pricing}: the unit price (an
 * item's price on the period's first day, or the centre's reference price per m² with the space's
 * area), the quantity, the grid line that applies (or none), the discount and the tax rule.
 *
 * @param areaSqm null when the unit price is the item's; the space's m² when it is a price per m²
 * @param subject what is priced, for the rule's text (an item's code or a space's name)
 * @param grid the grid line that applies, or null
 */
public record PricingInput(
    String currency,
    BigDecimal unitPrice,
    BigDecimal areaSqm,
    String subject,
    BigDecimal quantity,
    GridRule grid,
    BigDecimal discountPercent,
    TaxRule tax) {}
