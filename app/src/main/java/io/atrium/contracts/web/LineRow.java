package io.atrium.contracts.web;

import io.atrium.contracts.ContractDraft;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the editor: what the draft asks for, and how it was priced (when saved, or when added
 * to the form): unit price per month, discount, the month's net and gross.
 */
public record LineRow(
    ContractDraft.Line line,
    String kindKey,
    String description,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    BigDecimal monthlyNet,
    BigDecimal monthlyGross)
    implements Serializable {}
