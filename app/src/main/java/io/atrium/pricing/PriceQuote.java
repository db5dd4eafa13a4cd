package io.atrium.pricing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.shared.InstantConverter;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A price quote (proposition tarifaire): one priced line for a company, saved from the pricing
 * calculator with the breakdown the pricing service gave (kept as written, so a later price change
 * does not alter it). A discount above the author's role ceiling leaves it PENDING_APPROVAL until
 * the approvals inbox decides: CONFIRMED or REJECTED.
 */
@Entity
@Table(name = "price_quote")
public class PriceQuote extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Status {
    CONFIRMED,
    PENDING_APPROVAL,
    REJECTED;

    public String getLabelKey() {
      return "quote.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne
  @JoinColumn(name = "catalogue_item_id")
  private CatalogueItem catalogueItem;

  @ManyToOne
  @JoinColumn(name = "space_id")
  private Space space;

  @Column(name = "commitment_months")
  private int commitmentMonths;

  private BigDecimal quantity;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "discount_percent")
  private BigDecimal discountPercent = BigDecimal.ZERO;

  private String currency;

  @Column(name = "net_total")
  private BigDecimal netTotal;

  @Column(name = "tax_total")
  private BigDecimal taxTotal;

  @Column(name = "gross_total")
  private BigDecimal grossTotal;

  private String breakdown;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_by_id", updatable = false)
  private Long createdById;

  @Column(name = "created_by_name", updatable = false)
  private String createdByName;

  @Column(name = "created_at", updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  protected PriceQuote() {}

  public PriceQuote(Centre centre, Long createdById, String createdByName, Instant createdAt) {
    this.centre = centre;
    this.currency = centre.getCurrency();
    this.createdById = createdById;
    this.createdByName = createdByName;
    this.createdAt = createdAt;
  }

  /**
   * What is quoted, in one line that reads the same in every language: the space's name or the
   * item's code, the quantity, and the company when there is one.
   */
  public String getSubject() {
    String what = space != null ? space.getName() : catalogueItem.getCode();
    String line = what + " × " + quantity.stripTrailingZeros().toPlainString();
    return company == null ? line : line + " · " + company.getName();
  }

  public Centre getCentre() {
    return centre;
  }

  public Company getCompany() {
    return company;
  }

  public void setCompany(Company company) {
    this.company = company;
  }

  public CatalogueItem getCatalogueItem() {
    return catalogueItem;
  }

  public void setCatalogueItem(CatalogueItem catalogueItem) {
    this.catalogueItem = catalogueItem;
  }

  public Space getSpace() {
    return space;
  }

  public void setSpace(Space space) {
    this.space = space;
  }

  public int getCommitmentMonths() {
    return commitmentMonths;
  }

  public void setCommitmentMonths(int commitmentMonths) {
    this.commitmentMonths = commitmentMonths;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getNetTotal() {
    return netTotal;
  }

  public void setNetTotal(BigDecimal netTotal) {
    this.netTotal = netTotal;
  }

  public BigDecimal getTaxTotal() {
    return taxTotal;
  }

  public void setTaxTotal(BigDecimal taxTotal) {
    this.taxTotal = taxTotal;
  }

  public BigDecimal getGrossTotal() {
    return grossTotal;
  }

  public void setGrossTotal(BigDecimal grossTotal) {
    this.grossTotal = grossTotal;
  }

  public String getBreakdown() {
    return breakdown;
  }

  public void setBreakdown(String breakdown) {
    this.breakdown = breakdown;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
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
