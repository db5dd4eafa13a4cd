package io.atrium.payments;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A charge asked of a gateway for an invoice ("Pay" in the client space), one per idempotency key:
 * PENDING until the gateway says it succeeded or failed, at once (test gateway) or by webhook.
 */
@Entity
@Table(name = "payment_intent")
public class PaymentIntent extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Status {
    PENDING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public String getLabelKey() {
      return "payment.intent.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Column(name = "invoice_id", updatable = false)
  private Long invoiceId;

  @Column(name = "gateway", updatable = false)
  private String gateway;

  @Column(name = "gateway_ref", updatable = false)
  private String gatewayRef;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  @Column(name = "amount", updatable = false)
  private BigDecimal amount;

  @Column(name = "currency", updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private Status status = Status.PENDING;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected PaymentIntent() {}

  public PaymentIntent(
      Long invoiceId,
      String gateway,
      String gatewayRef,
      String idempotencyKey,
      BigDecimal amount,
      String currency,
      String createdBy,
      Instant createdAt) {
    this.invoiceId = invoiceId;
    this.gateway = gateway;
    this.gatewayRef = gatewayRef;
    this.idempotencyKey = idempotencyKey;
    this.amount = amount;
    this.currency = currency;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public String getGateway() {
    return gateway;
  }

  public String getGatewayRef() {
    return gatewayRef;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
