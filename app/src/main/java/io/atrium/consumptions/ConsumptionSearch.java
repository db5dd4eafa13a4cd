package io.atrium.consumptions;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the consumptions list asks for: a centre, billed or not (null: both), a payer, and the days
 * (inclusive) they were consumed within. Unset filters are ignored.
 */
public record ConsumptionSearch(
    Long centreId, Boolean billed, Long companyId, Long memberId, LocalDate from, LocalDate to)
    implements Serializable {

  public static final ConsumptionSearch ALL =
      new ConsumptionSearch(null, null, null, null, null, null);
}
