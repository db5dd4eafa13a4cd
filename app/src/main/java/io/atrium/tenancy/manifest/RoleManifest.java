package io.atrium.tenancy.manifest;

import io.atrium.identity.Permission;
import java.math.BigDecimal;
import java.util.List;

/**
 * A staff role: its row of the rights matrix and its thresholds.
 *
 * @param maxDiscountPercent the largest discount the role grants without approval, 0 to 100
 * @param maySeeBalances whether the role sees client balances
 * @param permissions every permission, shorthands expanded, without repeats, in {@link
 *     Permission#ALL} order
 */
public record RoleManifest(
    String name,
    BigDecimal maxDiscountPercent,
    boolean maySeeBalances,
    List<Permission> permissions) {

  public RoleManifest {
    permissions = List.copyOf(permissions);
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}
