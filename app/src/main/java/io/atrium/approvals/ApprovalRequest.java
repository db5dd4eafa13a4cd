package io.atrium.approvals;

import io.atrium.shared.InstantConverter;
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
import java.util.Locale;

/**
 * A request to approve a discount above the requester's role ceiling (000 "Meeting Booking &
 * Discount Rules"), for any kind of priced document named by its kind and id. PENDING until a Super
 * Admin (or a role with pricing:approve) decides: APPROVED, or REJECTED with a reason. A decided
 * request is final; at most one request per document is pending.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum State {
    PENDING,
    APPROVED,
    REJECTED;

    public String getLabelKey() {
      return "approval.state." + name().toLowerCase(Locale.ROOT);
    }
  }

  @Column(name = "document_kind", updatable = false)
  private String documentKind;

  @Column(name = "document_id", updatable = false)
  private long documentId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  private String summary;

  @Column(name = "requested_percent", updatable = false)
  private BigDecimal requestedPercent;

  @Column(name = "ceiling_percent", updatable = false)
  private BigDecimal ceilingPercent;

  @Column(name = "requested_by_id", updatable = false)
  private long requestedById;

  @Column(name = "requested_by_name", updatable = false)
  private String requestedByName;

  @Column(name = "requested_at", updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  private State state = State.PENDING;

  private String reason;

  @Column(name = "decided_by_id")
  private Long decidedById;

  @Column(name = "decided_by_name")
  private String decidedByName;

  @Column(name = "decided_at")
  @Convert(converter = InstantConverter.class)
  private Instant decidedAt;

  @Column(updatable = false)
  private BigDecimal amount;

  @Column(updatable = false)
  private String currency;

  @Column(name = "document_page", updatable = false)
  private String documentPage;

  protected ApprovalRequest() {}

  public ApprovalRequest(
      String documentKind,
      long documentId,
      Centre centre,
      BigDecimal requestedPercent,
      BigDecimal ceilingPercent,
      long requestedById,
      String requestedByName,
      Instant requestedAt) {
    this.documentKind = documentKind;
    this.documentId = documentId;
    this.centre = centre;
    this.requestedPercent = requestedPercent;
    this.ceilingPercent = ceilingPercent;
    this.requestedById = requestedById;
    this.requestedByName = requestedByName;
    this.requestedAt = requestedAt;
  }

  /** The document's amount in its currency, and its page, as the submission named them. */
  void describe(BigDecimal amount, String currency, String documentPage) {
    this.amount = amount;
    this.currency = amount == null ? null : currency;
    this.documentPage = documentPage;
  }

  public boolean isPending() {
    return state == State.PENDING;
  }

  /**
   * Records the decision; a decided request is final, so a second decision (another approver a
   * moment later) is refused.
   *
   * @throws ApprovalStateException when the request is no longer pending
   */
  void decide(State decision, String why, long deciderId, String deciderName, Instant at) {
    if (!isPending()) {
      throw new ApprovalStateException("approval.error.decided");
    }
    if (decision == State.PENDING) {
      throw new IllegalArgumentException("A decision approves or rejects");
    }
    this.state = decision;
    this.reason = why;
    this.decidedById = deciderId;
    this.decidedByName = deciderName;
    this.decidedAt = at;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getDocumentPage() {
    return documentPage;
  }

  public String getDocumentKind() {
    return documentKind;
  }

  public long getDocumentId() {
    return documentId;
  }

  public Centre getCentre() {
    return centre;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public BigDecimal getRequestedPercent() {
    return requestedPercent;
  }

  public BigDecimal getCeilingPercent() {
    return ceilingPercent;
  }

  public long getRequestedById() {
    return requestedById;
  }

  public String getRequestedByName() {
    return requestedByName;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public State getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }

  public Long getDecidedById() {
    return decidedById;
  }

  public String getDecidedByName() {
    return decidedByName;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
