package io.atrium.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * "New price from date": the unit price, net of tax and in the centre's currency, that an item
 * costs in one centre from a day on (on the centre's clock).
 */
public record PriceChange(Long centreId, LocalDate from, BigDecimal unitPrice)
    implements Serializable {}
