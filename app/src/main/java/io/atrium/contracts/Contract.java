package io.atrium.contracts;

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
 * A contract (001 §6, §10): a client company, or an on-demand member, at one centre, with its main
 * services and spaces and its monthly options, each priced by the pricing service and kept as
 * priced. Life cycle: DRAFT → SENT (for signature) → SIGNED → ACTIVE → NOTICE_GIVEN → ENDED;
 * CANCELLED from DRAFT or SENT. Signing holds its spaces (space_hold) and issues the deposit and
 * first-month invoices.
 */
@Entity
@Table(name = "contract")
public class Contract extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Status {
    DRAFT,
    SENT,
    SIGNED,
    ACTIVE,
    NOTICE_GIVEN,
    ENDED,
    CANCELLED;

    public String getLabelKey() {
      return "contract.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  public enum BillingTiming {
    ADVANCE,
    ARREARS;

    public String getLabelKey() {
      return "contract.timing." + name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Approval {
    NONE,
    PENDING,
    APPROVED,
    REJECTED;

    public String getLabelKey() {
      return "contract.approval." + name().toLowerCase(Locale.ROOT);
    }
  }

  public enum SignatureMethod {
    PAPER,
    IN_PERSON,
    ELECTRONIC;

    public String getLabelKey() {
      return "contract.signature." + name().toLowerCase(Locale.ROOT);
    }
  }

  @Column(name = "reference", updatable = false)
  private String reference;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private Status status;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "commitment_months")
  private int commitmentMonths;

  @Column(name = "notice_months")
  private int noticeMonths;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_timing")
  private BillingTiming billingTiming;

  @Column(name = "billing_day")
  private int billingDay;

  @Column(name = "deposit_amount")
  private BigDecimal depositAmount = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_method")
  private PaymentMethod paymentMethod;

  @Column(name = "currency")
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "approval")
  private Approval approval;

  @Convert(converter = InstantConverter.class)
  @Column(name = "sent_at")
  private Instant sentAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "signatory_name")
  private String signatoryName;

  @Enumerated(EnumType.STRING)
  @Column(name = "signature_method")
  private SignatureMethod signatureMethod;

  @Column(name = "signed_recorded_by")
  private Long signedRecordedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "notice_given_on")
  private LocalDate noticeGivenOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Convert(converter = InstantConverter.class)
  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "notes")
  private String notes;

  @Column(name = "created_by_id", updatable = false)
  private Long createdById;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ContractLine> lines = new ArrayList<>();

  public List<ContractLine> getLines() {
    return lines;
  }

  protected Contract() {}

  public Contract(String reference, Centre centre, Long createdById, Instant createdAt) {
    this.reference = reference;
    this.centre = centre;
    this.currency = centre.getCurrency();
    this.status = Status.DRAFT;
    this.billingTiming = BillingTiming.ADVANCE;
    this.billingDay = 1;
    this.noticeMonths = 1;
    this.paymentMethod = PaymentMethod.TRANSFER;
    this.approval = Approval.NONE;
    this.createdById = createdById;
    this.createdAt = createdAt;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
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

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public int getCommitmentMonths() {
    return commitmentMonths;
  }

  public void setCommitmentMonths(int commitmentMonths) {
    this.commitmentMonths = commitmentMonths;
  }

  public int getNoticeMonths() {
    return noticeMonths;
  }

  public void setNoticeMonths(int noticeMonths) {
    this.noticeMonths = noticeMonths;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public BillingTiming getBillingTiming() {
    return billingTiming;
  }

  public void setBillingTiming(BillingTiming billingTiming) {
    this.billingTiming = billingTiming;
  }

  public int getBillingDay() {
    return billingDay;
  }

  public void setBillingDay(int billingDay) {
    this.billingDay = billingDay;
  }

  public BigDecimal getDepositAmount() {
    return depositAmount;
  }

  public void setDepositAmount(BigDecimal depositAmount) {
    this.depositAmount = depositAmount;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(PaymentMethod paymentMethod) {
    this.paymentMethod = paymentMethod;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Approval getApproval() {
    return approval;
  }

  public void setApproval(Approval approval) {
    this.approval = approval;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public void setSentAt(Instant sentAt) {
    this.sentAt = sentAt;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public void setSignedAt(Instant signedAt) {
    this.signedAt = signedAt;
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public void setSignatoryName(String signatoryName) {
    this.signatoryName = signatoryName;
  }

  public SignatureMethod getSignatureMethod() {
    return signatureMethod;
  }

  public void setSignatureMethod(SignatureMethod signatureMethod) {
    this.signatureMethod = signatureMethod;
  }

  public Long getSignedRecordedBy() {
    return signedRecordedBy;
  }

  public void setSignedRecordedBy(Long signedRecordedBy) {
    this.signedRecordedBy = signedRecordedBy;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  public void setActivatedAt(Instant activatedAt) {
    this.activatedAt = activatedAt;
  }

  public LocalDate getNoticeGivenOn() {
    return noticeGivenOn;
  }

  public void setNoticeGivenOn(LocalDate noticeGivenOn) {
    this.noticeGivenOn = noticeGivenOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public void setCancelledAt(Instant cancelledAt) {
    this.cancelledAt = cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
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
