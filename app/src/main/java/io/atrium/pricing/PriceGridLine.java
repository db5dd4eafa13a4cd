package io.atrium.pricing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.spaces.Space;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One line of a grid: for a space kind and/or a service (either may be empty: any), and a
 * commitment length, a coefficient applied to the base price or an amount added to it (negative:
 * taken off), in the centre's currency.
 */
@Entity
@Table(name = "price_grid_line")
public class PriceGridLine extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "grid_id", updatable = false)
  private PriceGrid grid;

  @Enumerated(EnumType.STRING)
  @Column(name = "space_kind")
  private Space.Kind spaceKind;

  @ManyToOne
  @JoinColumn(name = "catalogue_item_id")
  private CatalogueItem catalogueItem;

  @Column(name = "commitment_months")
  private int commitmentMonths;

  private BigDecimal coefficient;

  private BigDecimal amount;

  protected PriceGridLine() {}

  public PriceGridLine(PriceGrid grid, int commitmentMonths) {
    this.grid = grid;
    this.commitmentMonths = commitmentMonths;
  }

  public PriceGrid getGrid() {
    return grid;
  }

  public Space.Kind getSpaceKind() {
    return spaceKind;
  }

  public void setSpaceKind(Space.Kind spaceKind) {
    this.spaceKind = spaceKind;
  }

  public CatalogueItem getCatalogueItem() {
    return catalogueItem;
  }

  public void setCatalogueItem(CatalogueItem catalogueItem) {
    this.catalogueItem = catalogueItem;
  }

  public int getCommitmentMonths() {
    return commitmentMonths;
  }

  public void setCommitmentMonths(int commitmentMonths) {
    this.commitmentMonths = commitmentMonths;
  }

  public BigDecimal getCoefficient() {
    return coefficient;
  }

  public void setCoefficient(BigDecimal coefficient) {
    this.coefficient = coefficient;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
