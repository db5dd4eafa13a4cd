package io.atrium.collection;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The tenant's billing settings that collection reads: late fees (France L441-10: the penalty rate,
 * at least three times the legal rate, and the €40 recovery indemnity) and the days after the due
 * date at which the daily job sends each reminder level (null: never by itself).
 */
public record CollectionSettings(
    boolean lateFeesEnabled,
    BigDecimal penaltyRate,
    BigDecimal recoveryIndemnity,
    Integer friendlyDays,
    Integer formalDays,
    Integer finalDays)
    implements Serializable {

  /** The schema's defaults, for a tenant that never saved its billing settings. */
  public static final CollectionSettings DEFAULTS =
      new CollectionSettings(
          false, new BigDecimal("12.15"), new BigDecimal("40.00"), null, null, null);

  /** The days after the due date of a level, or null when the job never sends it. */
  public Integer daysOf(ReminderLevel level) {
    return switch (level) {
      case FRIENDLY -> friendlyDays;
      case FORMAL -> formalDays;
      case FINAL -> finalDays;
    };
  }
}
