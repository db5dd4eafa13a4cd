package io.atrium.bookings;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a booking is made of, as typed: ids are checked by {@link BookingRules}; the discount (0 to
 * 100 %, none: 0) by the author's ceiling; {@code invoiceNow} issues its invoice at confirmation
 * rather than leaving it to the monthly billing run; {@code contractId} names a contract of the
 * payer it is billed with (001 §9), none: one-off.
 */
public record BookingDetails(
    Long spaceId,
    Long companyId,
    Long memberId,
    Instant startsAt,
    Instant endsAt,
    Integer guests,
    String title,
    BigDecimal discountPercent,
    boolean invoiceNow,
    Long contractId) {

  /** Without a discount, billed by the monthly run. */
  public BookingDetails(
      Long spaceId,
      Long companyId,
      Long memberId,
      Instant startsAt,
      Instant endsAt,
      Integer guests,
      String title) {
    this(spaceId, companyId, memberId, startsAt, endsAt, guests, title, null, false, null);
  }
}
