package io.atrium.access;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A temporary card lent for a booking's time; open until {@code endedAt}. */
@Entity
@Table(name = "card_loan")
public class CardLoan extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** What ended a loan. */
  public enum End {
    /** The booking's end came (or had come while no server ran). */
    SCHEDULE,
    /** The booking was cancelled. */
    BOOKING,
    /** Staff took the card back early. */
    STAFF
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "card_id", updatable = false)
  private AccessCard card;

  @Column(name = "booking_id", updatable = false)
  private Long bookingId;

  /** The day pass it is lent for, when not a booking. */
  @Column(name = "day_pass_id", updatable = false)
  private Long dayPassId;

  @Column(name = "starts_at", updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", updatable = false)
  private Instant endsAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private End endedBy;

  @Column(name = "lent_by_id", updatable = false)
  private Long lentById;

  protected CardLoan() {}

  CardLoan(
      AccessCard card,
      Long bookingId,
      Long dayPassId,
      Instant startsAt,
      Instant endsAt,
      Long lentById) {
    this.dayPassId = dayPassId;
    this.card = card;
    this.bookingId = bookingId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.lentById = lentById;
  }

  void end(Instant at, End by) {
    this.endedAt = at;
    this.endedBy = by;
  }

  public AccessCard getCard() {
    return card;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public Long getDayPassId() {
    return dayPassId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public End getEndedBy() {
    return endedBy;
  }

  public boolean isOpen() {
    return endedAt == null;
  }
}
