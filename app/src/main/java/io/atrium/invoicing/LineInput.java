package io.atrium.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line typed on a manual invoice: a catalogue item offered at the invoice's centre, its
 * description (the item's name in the document's language when blank), a quantity, a unit price net
 * of tax (the item's price in the centre that day when null), a discount and the period of service.
 */
public record LineInput(
    Long itemId,
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    LocalDate periodFrom,
    LocalDate periodTo) {}
