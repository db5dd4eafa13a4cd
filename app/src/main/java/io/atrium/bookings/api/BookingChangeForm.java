package io.atrium.bookings.api;

import io.atrium.bookings.BookingDetails;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking as it is changed: its space (one of its centre's), times, people and title. Its payer,
 * discount and invoicing stay as booked.
 */
public record BookingChangeForm(
    @Schema(required = true, description = "the booking's space, or another of its centre's")
        Long spaceId,
    @Schema(
            required = true,
            format = "date-time",
            example = "2027-03-01T10:30:00+01:00",
            description = "included")
        @Text(max = 40)
        String startsAt,
    @Schema(
            required = true,
            format = "date-time",
            example = "2027-03-01T11:30:00+01:00",
            description = "excluded")
        @Text(max = 40)
        String endsAt,
    @Schema(description = "1 when empty; at most the space's capacity") Integer guests,
    @Schema(maxLength = 120) @Text(max = 120) String title) {

  BookingDetails toDetails() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    Instant from = BookingForm.instant(startsAt, "startsAt", unreadable);
    Instant to = BookingForm.instant(endsAt, "endsAt", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return new BookingDetails(
        spaceId, null, null, from, to, guests, title == null ? null : title.strip());
  }
}
