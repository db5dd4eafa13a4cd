package io.atrium.pricing;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A centre's reference price per m² and month (prix de référence au m²): the base of office rents.
 */
@Entity
@Table(name = "centre_pricing")
public class CentrePricing extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @Column(name = "price_per_sqm")
  private BigDecimal pricePerSqm;

  private String currency;

  protected CentrePricing() {}

  public CentrePricing(Centre centre, BigDecimal pricePerSqm) {
    this.centre = centre;
    this.pricePerSqm = pricePerSqm;
    this.currency = centre.getCurrency();
  }

  public Centre getCentre() {
    return centre;
  }

  public BigDecimal getPricePerSqm() {
    return pricePerSqm;
  }

  public void setPricePerSqm(BigDecimal pricePerSqm) {
    this.pricePerSqm = pricePerSqm;
  }

  public String getCurrency() {
    return currency;
  }
}
