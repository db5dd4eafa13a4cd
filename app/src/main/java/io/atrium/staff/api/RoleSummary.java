package io.atrium.staff.api;

import io.atrium.staff.StaffRole;
import java.math.BigDecimal;
import java.util.List;

/** A role: its column of the rights matrix and its thresholds. */
public record RoleSummary(
    long id,
    String name,
    BigDecimal maxDiscountPercent,
    boolean maySeeBalances,
    List<String> permissions) {

  static RoleSummary of(StaffRole role) {
    return new RoleSummary(
        role.getId(),
        role.getName(),
        role.getMaxDiscountPercent(),
        role.isMaySeeBalances(),
        role.getPermissions().stream().sorted().toList());
  }
}
