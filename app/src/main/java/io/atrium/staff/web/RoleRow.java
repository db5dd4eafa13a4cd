package io.atrium.staff.web;

import io.atrium.identity.Permission;
import io.atrium.staff.RoleRights;
import io.atrium.staff.StaffRole;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One role as the Droits page edits it: a tick per {@code area:action}, its name and thresholds,
 * kept apart from the entity until Save sends them all to the service at once.
 */
public class RoleRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private String name;
  private BigDecimal maxDiscountPercent;
  private boolean maySeeBalances;
  private final Map<String, Boolean> ticks = new HashMap<>();

  RoleRow(StaffRole role) {
    id = role.getId();
    name = role.getName();
    maxDiscountPercent = role.getMaxDiscountPercent();
    maySeeBalances = role.isMaySeeBalances();
    Permission.ALL.forEach(p -> ticks.put(p.key(), role.grants(p)));
  }

  RoleRights rights() {
    Set<Permission> granted =
        ticks.entrySet().stream()
            .filter(tick -> Boolean.TRUE.equals(tick.getValue()))
            .map(tick -> Permission.parse(tick.getKey()))
            .collect(Collectors.toSet());
    return new RoleRights(name, maxDiscountPercent, maySeeBalances, granted);
  }

  public long getId() {
    return id;
  }

  /** Whether the role grants {@code area:action}; the page ticks and unticks through it. */
  public Map<String, Boolean> getTicks() {
    return ticks;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getMaxDiscountPercent() {
    return maxDiscountPercent;
  }

  public void setMaxDiscountPercent(BigDecimal maxDiscountPercent) {
    this.maxDiscountPercent = maxDiscountPercent;
  }

  public boolean isMaySeeBalances() {
    return maySeeBalances;
  }

  public void setMaySeeBalances(boolean maySeeBalances) {
    this.maySeeBalances = maySeeBalances;
  }
}
