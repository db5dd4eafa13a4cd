package io.atrium.invoicing;

import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A numbering series of invoices or of credit notes, per tenant and legal entity (France: the
 * tenant; India: one GSTIN). The row is the counter that issuing locks: see {@link
 * InvoiceNumbering}.
 */
@Entity
@Table(name = "invoice_series")
public class InvoiceSeries extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum DocumentKind {
    INVOICE,
    CREDIT_NOTE;

    public String getLabelKey() {
      return "series.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  @Column(name = "code", updatable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind", updatable = false)
  private DocumentKind documentKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "tax_scheme", updatable = false)
  private TaxScheme taxScheme;

  @Column(name = "gstin", updatable = false)
  private String gstin;

  @Column(name = "yearly_restart")
  private boolean yearlyRestart = true;

  @Column(name = "counter_year")
  private Integer counterYear;

  @Column(name = "last_number")
  private int lastNumber;

  @Column(name = "last_issue_date")
  private LocalDate lastIssueDate;

  @Column(name = "last_footprint")
  private String lastFootprint;

  @Column(name = "issued_count")
  private long issuedCount;

  protected InvoiceSeries() {}

  public InvoiceSeries(String code, DocumentKind documentKind, TaxScheme taxScheme, String gstin) {
    this.code = code;
    this.documentKind = documentKind;
    this.taxScheme = taxScheme;
    this.gstin = gstin;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public DocumentKind getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(DocumentKind documentKind) {
    this.documentKind = documentKind;
  }

  public TaxScheme getTaxScheme() {
    return taxScheme;
  }

  public void setTaxScheme(TaxScheme taxScheme) {
    this.taxScheme = taxScheme;
  }

  public String getGstin() {
    return gstin;
  }

  public void setGstin(String gstin) {
    this.gstin = gstin;
  }

  public boolean isYearlyRestart() {
    return yearlyRestart;
  }

  public void setYearlyRestart(boolean yearlyRestart) {
    this.yearlyRestart = yearlyRestart;
  }

  public Integer getCounterYear() {
    return counterYear;
  }

  public void setCounterYear(Integer counterYear) {
    this.counterYear = counterYear;
  }

  public int getLastNumber() {
    return lastNumber;
  }

  public void setLastNumber(int lastNumber) {
    this.lastNumber = lastNumber;
  }

  public LocalDate getLastIssueDate() {
    return lastIssueDate;
  }

  public void setLastIssueDate(LocalDate lastIssueDate) {
    this.lastIssueDate = lastIssueDate;
  }

  public String getLastFootprint() {
    return lastFootprint;
  }

  public void setLastFootprint(String lastFootprint) {
    this.lastFootprint = lastFootprint;
  }

  public long getIssuedCount() {
    return issuedCount;
  }

  public void setIssuedCount(long issuedCount) {
    this.issuedCount = issuedCount;
  }
}
