package io.atrium.payments;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The part of a payment that settles one invoice. Append-only. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @Column(name = "payment_id", updatable = false)
  private Long paymentId;

  @Column(name = "invoice_id", updatable = false)
  private Long invoiceId;

  @Column(name = "amount", updatable = false)
  private BigDecimal amount;

  @Convert(converter = InstantConverter.class)
  @Column(name = "allocated_at", updatable = false)
  private Instant allocatedAt;

  protected PaymentAllocation() {}

  public PaymentAllocation(Long paymentId, Long invoiceId, BigDecimal amount, Instant allocatedAt) {
    this.paymentId = paymentId;
    this.invoiceId = invoiceId;
    this.amount = amount;
    this.allocatedAt = allocatedAt;
  }

  public Long getPaymentId() {
    return paymentId;
  }

  public void setPaymentId(Long paymentId) {
    this.paymentId = paymentId;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(Long invoiceId) {
    this.invoiceId = invoiceId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Instant getAllocatedAt() {
    return allocatedAt;
  }

  public void setAllocatedAt(Instant allocatedAt) {
    this.allocatedAt = allocatedAt;
  }
}
