package io.atrium.bookings;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The booking states and who may book, which the audit log shows by their labels. */
@ApplicationScoped
public class BookingValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of("Booking.status", Booking.Status.class, "BookingRule.whoBooks", WhoBooks.class);
  }
}
