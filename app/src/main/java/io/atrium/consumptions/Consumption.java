package io.atrium.consumptions;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
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
 * Something a company or member used, by the unit (001 §10, §11): billed once, by the monthly run
 * or by «Générer une facture»; {@code invoiceId} is set when it is on an invoice.
 */
@Entity
@Table(name = "consumption")
public class Consumption extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id")
  private Member member;

  @Column(name = "contract_id")
  private Long contractId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private CatalogueItem item;

  @Column(name = "description")
  private String description;

  @Column(name = "quantity")
  private BigDecimal quantity;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  @Column(name = "discount_percent")
  private BigDecimal discountPercent = BigDecimal.ZERO;

  @Column(name = "consumed_on")
  private LocalDate consumedOn;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "created_by_id", updatable = false)
  private Long createdById;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Consumption() {}

  public Consumption(Centre centre, Long createdById, Instant createdAt) {
    this.centre = centre;
    this.createdById = createdById;
    this.createdAt = createdAt;
  }

  public Centre getCentre() {
    return centre;
  }

  public void setCentre(Centre centre) {
    this.centre = centre;
  }

  public Company getCompany() {
    return company;
  }

  public void setCompany(Company company) {
    this.company = company;
  }

  public Member getMember() {
    return member;
  }

  public void setMember(Member member) {
    this.member = member;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public CatalogueItem getItem() {
    return item;
  }

  public void setItem(CatalogueItem item) {
    this.item = item;
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

  public LocalDate getConsumedOn() {
    return consumedOn;
  }

  public void setConsumedOn(LocalDate consumedOn) {
    this.consumedOn = consumedOn;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(Long invoiceId) {
    this.invoiceId = invoiceId;
  }

  public Long getCreatedById() {
    return createdById;
  }

  public void setCreatedById(Long createdById) {
    this.createdById = createdById;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
