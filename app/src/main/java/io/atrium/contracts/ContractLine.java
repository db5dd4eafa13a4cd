package io.atrium.contracts;

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
import java.time.LocalDate;
import java.util.Locale;

/**
 * A line of a contract: a main service (with the space it holds, if any) or a monthly option,
 * priced per month net of tax before its discount.
 */
@Entity
@Table(name = "contract_line")
public class ContractLine extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Kind {
    MAIN,
    OPTION;

    public String getLabelKey() {
      return "contract.line." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "contract_id", updatable = false)
  private Contract contract;

  @Column(name = "position")
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private Kind kind;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private CatalogueItem item;

  @ManyToOne
  @JoinColumn(name = "space_id")
  private Space space;

  @Column(name = "description")
  private String description;

  @Column(name = "quantity")
  private BigDecimal quantity;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  @Column(name = "discount_percent")
  private BigDecimal discountPercent = BigDecimal.ZERO;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected ContractLine() {}

  public ContractLine(Contract contract, int position, Kind kind, CatalogueItem item) {
    this.contract = contract;
    this.position = position;
    this.kind = kind;
    this.item = item;
  }

  public Contract getContract() {
    return contract;
  }

  public void setContract(Contract contract) {
    this.contract = contract;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public CatalogueItem getItem() {
    return item;
  }

  public void setItem(CatalogueItem item) {
    this.item = item;
  }

  public Space getSpace() {
    return space;
  }

  public void setSpace(Space space) {
    this.space = space;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(BigDecimal unitPrice) {
    this.unitPrice = unitPrice;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }
}
