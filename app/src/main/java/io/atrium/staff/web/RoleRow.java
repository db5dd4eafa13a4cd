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
  private final String storedName;
  private final String shownName;
  private String name;
  private BigDecimal maxDiscountPercent;
  private boolean maySeeBalances;
  private final Map<String, Boolean> ticks = new HashMap<>();

  /** shownName: the name in the reader's language, which a default role's name is shown as. */
  RoleRow(StaffRole role, String shownName) {
    id = role.getId();
    storedName = role.getName();
    this.shownName = shownName;
    name = shownName;
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
    // A default role left under its translated name keeps its product name, so it stays translated.
    String kept = name != null && name.strip().equals(shownName) ? storedName : name;
    return new RoleRights(kept, maxDiscountPercent, maySeeBalances, granted);
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

  /** The name as stored, a default role's product name: a stable hook for scripts and tests. */
  public String getStoredName() {
    return storedName;
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
