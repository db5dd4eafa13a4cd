package io.atrium.bookings;

import java.time.Instant;

/** What a booking is made of, as typed: ids are checked by {@link BookingRules}. */
public record BookingDetails(
    Long spaceId,
    Long companyId,
    Long memberId,
    Instant startsAt,
    Instant endsAt,
    Integer guests,
    String title) {}
