package io.atrium.catalogue;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The unit price of an item in one centre from a day on, net of tax, in the centre's currency.
 * Never changed once written: a new price is a new row from a later day, so anything priced before
 * keeps its price and the rows are the item's price history.
 */
@Entity
@Table(name = "catalogue_price")
public class CataloguePrice extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id", updatable = false)
  private CatalogueItem item;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @Column(name = "effective_from", updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "unit_price", updatable = false)
  private BigDecimal unitPrice;

  @Column(updatable = false)
  private String currency;

  @Column(name = "created_by_id", updatable = false)
  private Long createdById;

  @Column(name = "created_by_name", updatable = false)
  private String createdByName;

  @Column(name = "created_at", updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected CataloguePrice() {}

  public CataloguePrice(
      CatalogueItem item,
      Centre centre,
      LocalDate effectiveFrom,
      BigDecimal unitPrice,
      Long createdById,
      String createdByName,
      Instant createdAt) {
    this.item = item;
    this.centre = centre;
    this.effectiveFrom = effectiveFrom;
    this.unitPrice = unitPrice;
    this.currency = centre.getCurrency();
    this.createdById = createdById;
    this.createdByName = createdByName;
    this.createdAt = createdAt;
  }

  public CatalogueItem getItem() {
    return item;
  }

  public Centre getCentre() {
    return centre;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public String getCurrency() {
    return currency;
  }

  public Long getCreatedById() {
    return createdById;
  }

  public String getCreatedByName() {
    return createdByName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
