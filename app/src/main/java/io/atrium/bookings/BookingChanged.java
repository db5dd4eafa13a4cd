package io.atrium.bookings;

/**
 * A held booking moved (its space or times changed), in the transaction that changes it: what
 * follows a booking's times (door and Wi-Fi access) follows it there.
 */
public record BookingChanged(Booking booking) {}
