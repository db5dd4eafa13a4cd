package io.atrium.daypasses;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Member;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
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

/** A day at a centre's workspace type, sold to a member. */
@Entity
@Table(name = "day_pass")
public class DayPass extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Status {
    CONFIRMED,
    CANCELLED;

    public String getLabelKey() {
      return "dayPass.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * How the pass is paid: its invoice, its invoice and a link to pay it online, the holder's
   * credits (no invoice), or with the month (a consumption the monthly run bills).
   */
  public enum Payment {
    INVOICE,
    PAYMENT_LINK,
    CREDITS,
    MONTHLY;

    public String getLabelKey() {
      return "dayPass.payment." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id", updatable = false)
  private CatalogueItem item;

  @Column(updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  private Status status = Status.CONFIRMED;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Payment payment;

  @Column(name = "net_total")
  private BigDecimal netTotal;

  @Column(name = "gross_total")
  private BigDecimal grossTotal;

  private String currency;

  @Column(name = "consumption_id")
  private Long consumptionId;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "credit_pool_id")
  private Long creditPoolId;

  @Column(name = "credits_used")
  private BigDecimal creditsUsed;

  @Column(name = "created_by_id", updatable = false)
  private Long createdById;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  protected DayPass() {}

  DayPass(
      Centre centre,
      Member member,
      CatalogueItem item,
      LocalDate day,
      Payment payment,
      Long createdById,
      Instant createdAt) {
    this.centre = centre;
    this.member = member;
    this.item = item;
    this.day = day;
    this.payment = payment;
    this.createdById = createdById;
    this.createdAt = createdAt;
  }

  void priced(BigDecimal net, BigDecimal gross, String currency) {
    this.netTotal = net;
    this.grossTotal = gross;
    this.currency = currency;
  }

  void paidWithCredits(Long poolId, BigDecimal used) {
    this.creditPoolId = poolId;
    this.creditsUsed = used;
  }

  public Long getCreditPoolId() {
    return creditPoolId;
  }

  public BigDecimal getCreditsUsed() {
    return creditsUsed;
  }

  void billed(Long consumptionId, Long invoiceId) {
    this.consumptionId = consumptionId;
    this.invoiceId = invoiceId;
  }

  void cancel(Instant at) {
    this.status = Status.CANCELLED;
    this.cancelledAt = at;
  }

  public Centre getCentre() {
    return centre;
  }

  public Member getMember() {
    return member;
  }

  public CatalogueItem getItem() {
    return item;
  }

  public LocalDate getDay() {
    return day;
  }

  public Status getStatus() {
    return status;
  }

  public Payment getPayment() {
    return payment;
  }

  public BigDecimal getNetTotal() {
    return netTotal;
  }

  public BigDecimal getGrossTotal() {
    return grossTotal;
  }

  public String getCurrency() {
    return currency;
  }

  public Long getConsumptionId() {
    return consumptionId;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }
}
