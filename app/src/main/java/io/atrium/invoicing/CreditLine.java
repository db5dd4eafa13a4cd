package io.atrium.invoicing;

import java.math.BigDecimal;

/**
 * What a credit note takes back of one line of the invoice it corrects: a quantity (at the line's
 * price and discount), or an amount net of tax, or, with neither, the whole line.
 */
public record CreditLine(Long lineId, BigDecimal quantity, BigDecimal amount) {}
