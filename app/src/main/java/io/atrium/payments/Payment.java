package io.atrium.payments;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
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
import java.time.LocalDate;
import java.util.Locale;

/**
 * Money received from a company or member, by transfer, cheque, cash, card, SEPA direct debit, or
 * from the payer's credit; allocated to invoices by {@link PaymentAllocation} rows, the rest is
 * credit. Append-only: the database refuses changes, refunds are credit notes.
 */
@Entity
@Table(name = "payment")
public class Payment extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Method {
    TRANSFER,
    CHEQUE,
    CASH,
    CARD,
    SEPA,
    CREDIT;

    public String getLabelKey() {
      return "payment.method." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether money in this currency can come this way: a SEPA debit is in euros only. */
    public boolean carries(String currency) {
      return this != SEPA || "EUR".equals(currency);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", updatable = false)
  private Method method;

  @Column(name = "amount", updatable = false)
  private BigDecimal amount;

  @Column(name = "currency", updatable = false)
  private String currency;

  @Column(name = "received_on", updatable = false)
  private LocalDate receivedOn;

  @Column(name = "reference", updatable = false)
  private String reference;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  @Column(name = "gateway", updatable = false)
  private String gateway;

  @Column(name = "gateway_ref", updatable = false)
  private String gatewayRef;

  @Column(name = "b2c", updatable = false)
  private boolean b2c;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected Payment() {}

  public Payment(
      Centre centre, Method method, BigDecimal amount, String recordedBy, Instant recordedAt) {
    this.centre = centre;
    this.currency = centre.getCurrency();
    this.method = method;
    this.amount = amount;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
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

  public Method getMethod() {
    return method;
  }

  public void setMethod(Method method) {
    this.method = method;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public String getGateway() {
    return gateway;
  }

  public void setGateway(String gateway) {
    this.gateway = gateway;
  }

  public String getGatewayRef() {
    return gatewayRef;
  }

  public void setGatewayRef(String gatewayRef) {
    this.gatewayRef = gatewayRef;
  }

  public boolean isB2c() {
    return b2c;
  }

  public void setB2c(boolean b2c) {
    this.b2c = b2c;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(Instant recordedAt) {
    this.recordedAt = recordedAt;
  }
}
