package io.atrium.access.web.portal;

import io.atrium.access.AccessGrant;
import io.atrium.access.MemberAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The door code and Wi-Fi voucher beside each of the member's bookings in the client space, read
 * once per request for the whole list.
 */
@Named
@RequestScoped
public class MyBookingAccess {

  @Inject MemberAccess access;

  private Map<Long, List<AccessGrant>> byBooking;

  /** The booking's active access; none when it has none yet, or the member lacks the right. */
  public List<AccessGrant> of(long bookingId) {
    if (byBooking == null) {
      byBooking = access.byBooking();
    }
    return byBooking.getOrDefault(bookingId, List.of());
  }
}
