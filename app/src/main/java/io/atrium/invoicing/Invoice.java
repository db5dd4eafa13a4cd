package io.atrium.invoicing;

import io.atrium.audit.JsonbConverter;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An invoice, deposit invoice, credit note or corrective invoice. A DRAFT is edited freely; issuing
 * ({@link InvoiceIssuing}) fixes its number, dates, parties (copied as printed), totals and
 * footprint, and from then on the database refuses any change to it or its lines. Whether it is
 * paid is read from the payments, never written here.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Kind {
    INVOICE,
    DEPOSIT,
    CREDIT_NOTE,
    CORRECTIVE;

    public String getLabelKey() {
      return "invoice.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Status {
    DRAFT,
    ISSUED;

    public String getLabelKey() {
      return "invoice.status." + name().toLowerCase(Locale.ROOT);
    }
  }

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

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private Status status;

  @Column(name = "corrects_id")
  private Long correctsId;

  @Column(name = "series_id")
  private Long seriesId;

  @Column(name = "number")
  private String number;

  @Column(name = "chain_seq")
  private Long chainSeq;

  @Column(name = "issue_date")
  private LocalDate issueDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "service_from")
  private LocalDate serviceFrom;

  @Column(name = "service_to")
  private LocalDate serviceTo;

  @Column(name = "currency")
  private String currency;

  @Column(name = "language")
  private String language;

  @Column(name = "b2c")
  private boolean b2c;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "seller")
  private String seller;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "buyer")
  private String buyer;

  @Column(name = "net_total")
  private BigDecimal netTotal = BigDecimal.ZERO;

  @Column(name = "tax_total")
  private BigDecimal taxTotal = BigDecimal.ZERO;

  @Column(name = "gross_total")
  private BigDecimal grossTotal = BigDecimal.ZERO;

  @Column(name = "notes")
  private String notes;

  @Column(name = "billing_run_id")
  private Long billingRunId;

  @Column(name = "footprint")
  private String footprint;

  @Column(name = "previous_footprint")
  private String previousFootprint;

  @Column(name = "created_by_id", updatable = false)
  private Long createdById;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_by_id")
  private Long issuedById;

  @Column(name = "issued_by_name")
  private String issuedByName;

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<InvoiceLine> lines = new ArrayList<>();

  public List<InvoiceLine> getLines() {
    return lines;
  }

  /** The EN 16931 type code: 380 invoice, 381 credit note, 384 corrective, 386 prepayment. */
  public String getTypeCode() {
    return switch (kind) {
      case INVOICE -> "380";
      case CREDIT_NOTE -> "381";
      case CORRECTIVE -> "384";
      case DEPOSIT -> "386";
    };
  }

  public boolean isIssued() {
    return status == Status.ISSUED;
  }

  protected Invoice() {}

  /** Written by {@link InvoiceRows} under this id, at the version a first insert gives. */
  void writtenAs(long id) {
    written(id, 1);
  }

  public Invoice(Centre centre, Kind kind, String language, Long createdById, Instant createdAt) {
    this.centre = centre;
    this.kind = kind;
    this.status = Status.DRAFT;
    this.currency = centre.getCurrency();
    this.language = language;
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

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public void setCorrectsId(Long correctsId) {
    this.correctsId = correctsId;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  public void setSeriesId(Long seriesId) {
    this.seriesId = seriesId;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Long getChainSeq() {
    return chainSeq;
  }

  public void setChainSeq(Long chainSeq) {
    this.chainSeq = chainSeq;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public void setIssueDate(LocalDate issueDate) {
    this.issueDate = issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public LocalDate getServiceFrom() {
    return serviceFrom;
  }

  public void setServiceFrom(LocalDate serviceFrom) {
    this.serviceFrom = serviceFrom;
  }

  public LocalDate getServiceTo() {
    return serviceTo;
  }

  public void setServiceTo(LocalDate serviceTo) {
    this.serviceTo = serviceTo;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isB2c() {
    return b2c;
  }

  public void setB2c(boolean b2c) {
    this.b2c = b2c;
  }

  public String getSeller() {
    return seller;
  }

  public void setSeller(String seller) {
    this.seller = seller;
  }

  public String getBuyer() {
    return buyer;
  }

  public void setBuyer(String buyer) {
    this.buyer = buyer;
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

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getBillingRunId() {
    return billingRunId;
  }

  public void setBillingRunId(Long billingRunId) {
    this.billingRunId = billingRunId;
  }

  public String getFootprint() {
    return footprint;
  }

  public void setFootprint(String footprint) {
    this.footprint = footprint;
  }

  public String getPreviousFootprint() {
    return previousFootprint;
  }

  public void setPreviousFootprint(String previousFootprint) {
    this.previousFootprint = previousFootprint;
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

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public void setIssuedAt(Instant issuedAt) {
    this.issuedAt = issuedAt;
  }

  public Long getIssuedById() {
    return issuedById;
  }

  public void setIssuedById(Long issuedById) {
    this.issuedById = issuedById;
  }

  public String getIssuedByName() {
    return issuedByName;
  }

  public void setIssuedByName(String issuedByName) {
    this.issuedByName = issuedByName;
  }
}
