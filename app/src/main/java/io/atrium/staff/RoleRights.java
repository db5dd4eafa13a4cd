package io.atrium.staff;

import io.atrium.identity.Permission;
import java.math.BigDecimal;
import java.util.Set;

/**
 * One role's column of the rights matrix as the Droits page saves it.
 *
 * @param maxDiscountPercent the largest discount granted without approval, 0 to 100, two decimals
 * @param maySeeBalances whether holders see clients' outstanding balances
 */
public record RoleRights(
    String name,
    BigDecimal maxDiscountPercent,
    boolean maySeeBalances,
    Set<Permission> permissions) {

  public RoleRights {
    permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
  }
}
