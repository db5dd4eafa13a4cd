package io.atrium.pricing;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A price grid (grille tarifaire): lines that adjust a base price by space kind, commitment length
 * and service; assigned to one or more centres, at most one grid per centre.
 */
@Entity
@Table(name = "price_grid")
public class PriceGrid extends TenantEntity {

  private static final long serialVersionUID = 1L;

  private String name;

  private boolean active = true;

  @OneToMany(mappedBy = "grid", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("commitmentMonths")
  private List<PriceGridLine> lines = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "price_grid_centre",
      joinColumns = @JoinColumn(name = "grid_id"),
      inverseJoinColumns = @JoinColumn(name = "centre_id"))
  private Set<Centre> centres = new LinkedHashSet<>();

  protected PriceGrid() {}

  public PriceGrid(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<PriceGridLine> getLines() {
    return lines;
  }

  public Set<Centre> getCentres() {
    return centres;
  }
}
