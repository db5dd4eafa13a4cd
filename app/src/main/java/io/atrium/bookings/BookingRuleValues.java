package io.atrium.bookings;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The values of a booking rule; null: not set here (the centre's, then Atrium's default applies).
 *
 * @param minMinutes the shortest booking
 * @param maxMinutes the longest booking (at most a day)
 * @param granularityMinutes starts and ends fall on multiples of it, on the centre's clock
 * @param bufferMinutes free time kept before and after each booking of the space
 * @param maxDaysAhead how far ahead a booking may start
 * @param minNoticeMinutes how long before its start a booking may still be made
 * @param cancelWindowHours a cancellation later than this before the start is late
 * @param lateCancelFeePercent the share of the price a late cancellation costs
 * @param weeklyQuotaHours the most hours a company holds the space in a week (fair share)
 * @param whoBooks who may book it from the client space
 * @param approvalRequired whether a member's booking waits for staff to confirm it
 */
public record BookingRuleValues(
    Integer minMinutes,
    Integer maxMinutes,
    Integer granularityMinutes,
    Integer bufferMinutes,
    Integer maxDaysAhead,
    Integer minNoticeMinutes,
    Integer cancelWindowHours,
    BigDecimal lateCancelFeePercent,
    Integer weeklyQuotaHours,
    WhoBooks whoBooks,
    Boolean approvalRequired)
    implements Serializable {

  static final BookingRuleValues NONE =
      new BookingRuleValues(null, null, null, null, null, null, null, null, null, null, null);

  /**
   * Atrium's defaults: 15 minutes to a day, on quarter hours, no buffer, no limit, no fee, every
   * member books, no approval.
   */
  static final BookingRuleValues DEFAULTS =
      new BookingRuleValues(
          15, 1440, 15, 0, null, 0, 0, BigDecimal.ZERO, null, WhoBooks.EVERY_MEMBER, false);

  /** These values, each missing one taken from {@code fallback}. */
  BookingRuleValues or(BookingRuleValues fallback) {
    return new BookingRuleValues(
        minMinutes != null ? minMinutes : fallback.minMinutes,
        maxMinutes != null ? maxMinutes : fallback.maxMinutes,
        granularityMinutes != null ? granularityMinutes : fallback.granularityMinutes,
        bufferMinutes != null ? bufferMinutes : fallback.bufferMinutes,
        maxDaysAhead != null ? maxDaysAhead : fallback.maxDaysAhead,
        minNoticeMinutes != null ? minNoticeMinutes : fallback.minNoticeMinutes,
        cancelWindowHours != null ? cancelWindowHours : fallback.cancelWindowHours,
        lateCancelFeePercent != null ? lateCancelFeePercent : fallback.lateCancelFeePercent,
        weeklyQuotaHours != null ? weeklyQuotaHours : fallback.weeklyQuotaHours,
        whoBooks != null ? whoBooks : fallback.whoBooks,
        approvalRequired != null ? approvalRequired : fallback.approvalRequired);
  }
}
