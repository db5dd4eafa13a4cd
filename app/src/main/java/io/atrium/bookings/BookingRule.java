package io.atrium.bookings;

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

/**
 * A centre's booking rules (no space: its defaults) or one space's; a null value falls back to the
 * centre's, then to Atrium's default ({@link BookingPolicy}).
 */
@Entity
@Table(name = "booking_rule")
public class BookingRule extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne
  @JoinColumn(name = "space_id", updatable = false)
  private Space space;

  @Column(name = "min_minutes")
  private Integer minMinutes;

  @Column(name = "max_minutes")
  private Integer maxMinutes;

  @Column(name = "granularity_minutes")
  private Integer granularityMinutes;

  @Column(name = "buffer_minutes")
  private Integer bufferMinutes;

  @Column(name = "max_days_ahead")
  private Integer maxDaysAhead;

  @Column(name = "min_notice_minutes")
  private Integer minNoticeMinutes;

  @Column(name = "cancel_window_hours")
  private Integer cancelWindowHours;

  @Column(name = "late_cancel_fee_percent")
  private BigDecimal lateCancelFeePercent;

  @Column(name = "weekly_quota_hours")
  private Integer weeklyQuotaHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "who_books")
  private WhoBooks whoBooks;

  @Column(name = "approval_required")
  private Boolean approvalRequired;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected BookingRule() {}

  BookingRule(Centre centre, Space space) {
    this.centre = centre;
    this.space = space;
  }

  void set(BookingRuleValues v, Instant now) {
    minMinutes = v.minMinutes();
    maxMinutes = v.maxMinutes();
    granularityMinutes = v.granularityMinutes();
    bufferMinutes = v.bufferMinutes();
    maxDaysAhead = v.maxDaysAhead();
    minNoticeMinutes = v.minNoticeMinutes();
    cancelWindowHours = v.cancelWindowHours();
    lateCancelFeePercent = v.lateCancelFeePercent();
    weeklyQuotaHours = v.weeklyQuotaHours();
    whoBooks = v.whoBooks();
    approvalRequired = v.approvalRequired();
    updatedAt = now;
  }

  BookingRuleValues values() {
    return new BookingRuleValues(
        minMinutes,
        maxMinutes,
        granularityMinutes,
        bufferMinutes,
        maxDaysAhead,
        minNoticeMinutes,
        cancelWindowHours,
        lateCancelFeePercent,
        weeklyQuotaHours,
        whoBooks,
        approvalRequired);
  }

  public Centre getCentre() {
    return centre;
  }

  public Space getSpace() {
    return space;
  }
}
