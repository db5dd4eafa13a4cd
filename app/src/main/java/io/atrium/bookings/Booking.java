package io.atrium.bookings;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.spaces.Space;
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
import java.util.Locale;

/** A space held for a payer from {@code startsAt} (included) to {@code endsAt} (excluded). */
@Entity
@Table(name = "booking")
public class Booking extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** Pending approval and confirmed hold the slot; a cancelled booking frees it. */
  public enum Status {
    PENDING_APPROVAL,
    CONFIRMED,
    CANCELLED;

    public String getLabelKey() {
      return "booking.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne(optional = false)
  @JoinColumn(name = "space_id")
  private Space space;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id")
  private Member member;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  private int guests = 1;

  private String title;

  @Column(name = "series_id")
  private Long seriesId;

  @Enumerated(EnumType.STRING)
  private Status status = Status.CONFIRMED;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by_id", updatable = false)
  private Long createdById;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "discount_percent")
  private BigDecimal discountPercent = BigDecimal.ZERO;

  @Column(name = "net_total")
  private BigDecimal netTotal;

  @Column(name = "gross_total")
  private BigDecimal grossTotal;

  private String currency;

  @Column(name = "invoice_now")
  private boolean invoiceNow;

  @Column(name = "consumption_id")
  private Long consumptionId;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "late_fee_consumption_id")
  private Long lateFeeConsumptionId;

  /** The payer's contract it is billed with (001 §9); null: one-off. */
  @Column(name = "contract_id", updatable = false)
  private Long contractId;

  /** The credit pool that paid it, and what it took in the pool's unit; null when billed. */
  @Column(name = "credit_pool_id")
  private Long creditPoolId;

  @Column(name = "credits_used")
  private BigDecimal creditsUsed;

  /** The iCalendar SEQUENCE of its last mail: raised by each change. */
  private int sequence;

  /** The member who booked in the client space or through the API; null when staff booked. */
  @ManyToOne
  @JoinColumn(name = "booked_by_member_id", updatable = false)
  private Member bookedBy;

  /** What its cancellation cost, set by the cancelling transaction (not stored). */
  @jakarta.persistence.Transient private CancellationCost cancellationCost;

  protected Booking() {}

  public Booking(Space space, Instant createdAt, Long createdById) {
    this.space = space;
    this.centre = space.getCentre();
    this.createdAt = createdAt;
    this.createdById = createdById;
  }

  public boolean isHeld() {
    return status != Status.CANCELLED;
  }

  void priced(BigDecimal discount, BigDecimal net, BigDecimal gross, String currency) {
    this.discountPercent = discount;
    this.netTotal = net;
    this.grossTotal = gross;
    this.currency = currency;
  }

  void pendingApproval() {
    this.status = Status.PENDING_APPROVAL;
  }

  void confirm() {
    this.status = Status.CONFIRMED;
  }

  void billed(Long consumptionId, Long invoiceId) {
    this.consumptionId = consumptionId;
    this.invoiceId = invoiceId;
  }

  void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public Long getContractId() {
    return contractId;
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

  void setInvoiceNow(boolean invoiceNow) {
    this.invoiceNow = invoiceNow;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  /** Before tax, after the discount; null for a free space. */
  public BigDecimal getNetTotal() {
    return netTotal;
  }

  public BigDecimal getGrossTotal() {
    return grossTotal;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isInvoiceNow() {
    return invoiceNow;
  }

  public Long getConsumptionId() {
    return consumptionId;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  /** The consumption billing a late cancellation's fee, if it cost one. */
  public Long getLateFeeConsumptionId() {
    return lateFeeConsumptionId;
  }

  void lateFee(Long consumptionId) {
    this.lateFeeConsumptionId = consumptionId;
  }

  void cancel(Instant at) {
    status = Status.CANCELLED;
    cancelledAt = at;
  }

  public Centre getCentre() {
    return centre;
  }

  public Space getSpace() {
    return space;
  }

  public Company getCompany() {
    return company;
  }

  void setCompany(Company company) {
    this.company = company;
  }

  public Member getMember() {
    return member;
  }

  void setMember(Member member) {
    this.member = member;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  void setTimes(Instant startsAt, Instant endsAt) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public int getGuests() {
    return guests;
  }

  void setGuests(int guests) {
    this.guests = guests;
  }

  public String getTitle() {
    return title;
  }

  void setTitle(String title) {
    this.title = title;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  void setSeriesId(Long seriesId) {
    this.seriesId = seriesId;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getCreatedById() {
    return createdById;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Member getBookedBy() {
    return bookedBy;
  }

  public int getSequence() {
    return sequence;
  }

  /**
   * Moves the booking to another space of its centre or other times; its calendar event follows.
   */
  void changed(Space newSpace, Instant from, Instant to, int newGuests, String newTitle) {
    this.space = newSpace;
    this.startsAt = from;
    this.endsAt = to;
    this.guests = newGuests;
    this.title = newTitle;
    this.sequence++;
  }

  void bookedBy(Member member) {
    this.bookedBy = member;
  }

  void cancellationCost(CancellationCost cost) {
    this.cancellationCost = cost;
  }

  /** What its cancellation cost, in the transaction that cancelled it; null otherwise. */
  public CancellationCost getCancellationCost() {
    return cancellationCost;
  }
}
