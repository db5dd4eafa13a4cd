package io.atrium.bookings;

/**
 * A booking was confirmed, in the transaction that confirms it: observers that act on confirmed
 * bookings (door and Wi-Fi access) queue their work in it, so it commits or rolls back with the
 * booking. Bookings know nothing of who listens.
 */
public record BookingConfirmed(Booking booking) {}
