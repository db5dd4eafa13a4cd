package io.atrium.pricing;

import io.atrium.spaces.Space;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the grid editor: what it applies to (a space kind, an item, or both empty: any), the
 * commitment length it starts at, and exactly one of a coefficient or an amount per unit.
 */
public class GridLineForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Space.Kind spaceKind;
  private Long itemId;
  private Integer commitmentMonths;
  private BigDecimal coefficient;
  private BigDecimal amount;

  public GridLineForm() {}

  public GridLineForm(
      Space.Kind spaceKind,
      Long itemId,
      Integer commitmentMonths,
      BigDecimal coefficient,
      BigDecimal amount) {
    this.spaceKind = spaceKind;
    this.itemId = itemId;
    this.commitmentMonths = commitmentMonths;
    this.coefficient = coefficient;
    this.amount = amount;
  }

  static GridLineForm of(PriceGridLine line) {
    return new GridLineForm(
        line.getSpaceKind(),
        line.getCatalogueItem() == null ? null : line.getCatalogueItem().getId(),
        line.getCommitmentMonths(),
        line.getCoefficient(),
        line.getAmount());
  }

  public Space.Kind getSpaceKind() {
    return spaceKind;
  }

  public void setSpaceKind(Space.Kind spaceKind) {
    this.spaceKind = spaceKind;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public Integer getCommitmentMonths() {
    return commitmentMonths;
  }

  public void setCommitmentMonths(Integer commitmentMonths) {
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

  /** The line as the audit log and the duplicate check read it. */
  String key() {
    return (spaceKind == null ? "*" : spaceKind.name())
        + "/"
        + (itemId == null ? "*" : itemId)
        + "/"
        + commitmentMonths;
  }

  @Override
  public String toString() {
    return key() + (coefficient != null ? " ×" + coefficient : " +" + amount);
  }
}
