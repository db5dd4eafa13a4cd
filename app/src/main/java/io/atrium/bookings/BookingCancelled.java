package io.atrium.bookings;

/**
 * A booking was cancelled (by staff, by its member, or refused while pending), in the transaction
 * that cancels it: what was planned around it (its visitors) is called off there.
 */
public record BookingCancelled(Booking booking) {}
