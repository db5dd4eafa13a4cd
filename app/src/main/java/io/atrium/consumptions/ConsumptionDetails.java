package io.atrium.consumptions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What staff type for a consumption: a payer (a company, or a member on their own), a centre, a
 * catalogue item, a quantity, a unit price (none: the catalogue's price in the centre on that day),
 * a discount, the day, and optionally the payer's contract it belongs to.
 */
public record ConsumptionDetails(
    Long centreId,
    Long companyId,
    Long memberId,
    Long itemId,
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    LocalDate consumedOn,
    Long contractId)
    implements Serializable {}
