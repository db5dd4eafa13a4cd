package io.atrium.credits;

import java.math.BigDecimal;

/** A charge paid: the pool it came from and what it took, in the pool's unit. */
public record Paid(long poolId, BigDecimal amount) {}
