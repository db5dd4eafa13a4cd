package io.atrium.invoicing;

import io.atrium.catalogue.CatalogueItem;
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
 * A line of an invoice: quantity × unit price less its discount gives the net amount, taxed at the
 * line's rate (France: VAT category and rate; India: SAC, rate, and CGST + SGST or IGST).
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Source {
    CONTRACT,
    OPTION,
    CONSUMPTION,
    DEPOSIT,
    BOOKING,
    LATE_FEE,
    MANUAL,
    CORRECTION;

    public String getLabelKey() {
      return "invoice.source." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "invoice_id", updatable = false)
  private Invoice invoice;

  @Column(name = "position")
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "source")
  private Source source;

  @ManyToOne
  @JoinColumn(name = "item_id")
  private CatalogueItem item;

  @Column(name = "contract_line_id")
  private Long contractLineId;

  @Column(name = "consumption_id")
  private Long consumptionId;

  @Column(name = "description")
  private String description;

  @Column(name = "quantity")
  private BigDecimal quantity;

  @Column(name = "unit")
  private String unit;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  @Column(name = "discount_percent")
  private BigDecimal discountPercent = BigDecimal.ZERO;

  @Column(name = "net_amount")
  private BigDecimal netAmount = BigDecimal.ZERO;

  @Column(name = "vat_category")
  private String vatCategory;

  @Column(name = "sac_code")
  private String sacCode;

  @Column(name = "tax_rate")
  private BigDecimal taxRate = BigDecimal.ZERO;

  @Column(name = "tax_amount")
  private BigDecimal taxAmount = BigDecimal.ZERO;

  @Column(name = "cgst_amount")
  private BigDecimal cgstAmount;

  @Column(name = "sgst_amount")
  private BigDecimal sgstAmount;

  @Column(name = "igst_amount")
  private BigDecimal igstAmount;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Column(name = "proration_note")
  private String prorationNote;

  protected InvoiceLine() {}

  /** Written by {@link InvoiceRows} under this id, at the version a first insert gives. */
  void writtenAs(long id) {
    written(id, 1);
  }

  public InvoiceLine(Invoice invoice, int position, Source source) {
    this.invoice = invoice;
    this.position = position;
    this.source = source;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public void setInvoice(Invoice invoice) {
    this.invoice = invoice;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public Source getSource() {
    return source;
  }

  public void setSource(Source source) {
    this.source = source;
  }

  public CatalogueItem getItem() {
    return item;
  }

  public void setItem(CatalogueItem item) {
    this.item = item;
  }

  public Long getContractLineId() {
    return contractLineId;
  }

  public void setContractLineId(Long contractLineId) {
    this.contractLineId = contractLineId;
  }

  public Long getConsumptionId() {
    return consumptionId;
  }

  public void setConsumptionId(Long consumptionId) {
    this.consumptionId = consumptionId;
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

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
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

  public BigDecimal getNetAmount() {
    return netAmount;
  }

  public void setNetAmount(BigDecimal netAmount) {
    this.netAmount = netAmount;
  }

  public String getVatCategory() {
    return vatCategory;
  }

  public void setVatCategory(String vatCategory) {
    this.vatCategory = vatCategory;
  }

  public String getSacCode() {
    return sacCode;
  }

  public void setSacCode(String sacCode) {
    this.sacCode = sacCode;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(BigDecimal taxRate) {
    this.taxRate = taxRate;
  }

  public BigDecimal getTaxAmount() {
    return taxAmount;
  }

  public void setTaxAmount(BigDecimal taxAmount) {
    this.taxAmount = taxAmount;
  }

  public BigDecimal getCgstAmount() {
    return cgstAmount;
  }

  public void setCgstAmount(BigDecimal cgstAmount) {
    this.cgstAmount = cgstAmount;
  }

  public BigDecimal getSgstAmount() {
    return sgstAmount;
  }

  public void setSgstAmount(BigDecimal sgstAmount) {
    this.sgstAmount = sgstAmount;
  }

  public BigDecimal getIgstAmount() {
    return igstAmount;
  }

  public void setIgstAmount(BigDecimal igstAmount) {
    this.igstAmount = igstAmount;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public String getProrationNote() {
    return prorationNote;
  }

  public void setProrationNote(String prorationNote) {
    this.prorationNote = prorationNote;
  }
}
