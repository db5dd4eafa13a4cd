package io.atrium.credits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new pool as typed: its centre, its holder (a company or a member), unit, first grant. */
public record NewGrant(
    Long centreId,
    Long companyId,
    Long memberId,
    CreditPool.Unit unit,
    BigDecimal amount,
    LocalDate expiresOn,
    String label) {}
