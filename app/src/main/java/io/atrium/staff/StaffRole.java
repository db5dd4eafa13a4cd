package io.atrium.staff;

import io.atrium.identity.Permission;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A staff role of the operator (Super Admin, Community Manager, Receptionist...): one row of the
 * rights matrix, plus how far its holders may discount without approval and whether they may see
 * outstanding balances.
 */
@Entity
@Table(name = "staff_role")
public class StaffRole extends TenantEntity {

  private static final Map<String, String> DEFAULT_NAMES =
      Map.of(
          "Super Admin", "role.default.super-admin",
          "Community Manager", "role.default.community-manager",
          "Receptionist", "role.default.receptionist",
          "Technician", "role.default.technician",
          "Sales", "role.default.sales",
          "Accountant", "role.default.accountant");

  private String name;

  @Column(name = "max_discount_percent")
  private BigDecimal maxDiscountPercent = BigDecimal.ZERO;

  @Column(name = "may_see_balances")
  private boolean maySeeBalances;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role_permission", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "permission")
  private Set<String> permissions = new TreeSet<>();

  protected StaffRole() {}

  public StaffRole(String name) {
    this.name = name;
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission.key());
  }

  public void grant(Permission permission) {
    permissions.add(permission.key());
  }

  public void revoke(Permission permission) {
    permissions.remove(permission.key());
  }

  public void grantOnly(Set<Permission> granted) {
    permissions.clear();
    granted.forEach(this::grant);
  }

  public String getName() {
    return name;
  }

  /**
   * The bundle key of a default role's name ({@code role.default.<name>}), or null for a name the
   * operator chose. Default roles are stored under their product name (manifests and the new-tenant
   * form write it) and shown in the reader's language until the operator renames them, so the demo
   * operators' existing rows need no migration.
   */
  public String getNameKey() {
    return DEFAULT_NAMES.get(name);
  }

  public void rename(String name) {
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

  public Set<String> getPermissions() {
    return permissions;
  }
}
