package io.atrium.pricing;

import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A discount by staff status (réduction): a named percentage the holders of one role may grant, in
 * some centres. What a role may grant without approval is its ceiling, {@code
 * max_discount_percent}.
 */
@Entity
@Table(name = "staff_discount")
public class StaffDiscount extends TenantEntity {

  private static final long serialVersionUID = 1L;

  private String name;

  private BigDecimal percent;

  @ManyToOne(optional = false)
  @JoinColumn(name = "role_id")
  private StaffRole role;

  private boolean active = true;

  @ManyToMany
  @JoinTable(
      name = "staff_discount_centre",
      joinColumns = @JoinColumn(name = "discount_id"),
      inverseJoinColumns = @JoinColumn(name = "centre_id"))
  private Set<Centre> centres = new LinkedHashSet<>();

  protected StaffDiscount() {}

  public StaffDiscount(String name, BigDecimal percent, StaffRole role) {
    this.name = name;
    this.percent = percent;
    this.role = role;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Set<Centre> getCentres() {
    return centres;
  }
}
