package io.atrium.bookings;

import java.util.Locale;

/** Who may book a space from the client space and the API; staff always may. */
public enum WhoBooks {
  /** Every member of a client company, and members on their own. */
  EVERY_MEMBER,
  /** The companies' administrators and managers, not their users. */
  MANAGERS,
  /** No member: staff book it for them. */
  STAFF_ONLY;

  public String getLabelKey() {
    return "booking.whoBooks." + name().toLowerCase(Locale.ROOT);
  }
}
