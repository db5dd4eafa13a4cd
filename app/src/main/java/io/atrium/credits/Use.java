package io.atrium.credits;

/** What credits pay for: a booking or a day pass (one of the two ids). */
public record Use(Long bookingId, Long dayPassId) {

  public static Use booking(long id) {
    return new Use(id, null);
  }

  public static Use dayPass(long id) {
    return new Use(null, id);
  }

  CreditEntry.Kind kind() {
    return bookingId != null ? CreditEntry.Kind.BOOKING : CreditEntry.Kind.DAY_PASS;
  }
}
