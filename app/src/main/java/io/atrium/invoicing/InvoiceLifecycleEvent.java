package io.atrium.invoicing;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One status of a document's e-invoice life cycle, as its platform reported it. Appended only. */
@Entity
@Table(name = "invoice_lifecycle")
public class InvoiceLifecycleEvent extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @Column(name = "invoice_id", updatable = false)
  private Long invoiceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", updatable = false)
  private LifecycleStatus status;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", updatable = false)
  private Instant occurredAt;

  @Column(name = "channel", updatable = false)
  private String channel;

  @Column(name = "reference", updatable = false)
  private String reference;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  protected InvoiceLifecycleEvent() {}

  public InvoiceLifecycleEvent(
      Long invoiceId,
      LifecycleStatus status,
      Instant occurredAt,
      String channel,
      String reference,
      String note,
      String recordedBy) {
    this.invoiceId = invoiceId;
    this.status = status;
    this.occurredAt = occurredAt;
    this.channel = channel;
    this.reference = reference;
    this.note = note;
    this.recordedBy = recordedBy;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public LifecycleStatus getStatus() {
    return status;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getChannel() {
    return channel;
  }

  public String getReference() {
    return reference;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
