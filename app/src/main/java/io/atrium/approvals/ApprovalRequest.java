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

  public void setState(State state) {
    this.state = state;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getDecidedById() {
    return decidedById;
  }

  public void setDecidedById(Long decidedById) {
    this.decidedById = decidedById;
  }

  public String getDecidedByName() {
    return decidedByName;
  }

  public void setDecidedByName(String decidedByName) {
    this.decidedByName = decidedByName;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(Instant decidedAt) {
    this.decidedAt = decidedAt;
  }
}
