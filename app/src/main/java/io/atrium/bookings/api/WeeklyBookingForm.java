package io.atrium.bookings.api;

import io.atrium.bookings.BookingDetails;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking repeated every week at the same time on the centre's clock, until a day: the fields of
 * {@link BookingForm} (the first occurrence) and {@code repeatUntil}.
 */
public record WeeklyBookingForm(
    @Schema(required = true) Long spaceId,
    @Schema(description = "the paying company; or memberId") Long companyId,
    @Schema(description = "the paying member (on their own); or companyId") Long memberId,
    @Schema(required = true, format = "date-time", example = "2027-03-01T10:00:00+01:00")
        @Text(max = 40)
        String startsAt,
    @Schema(required = true, format = "date-time", example = "2027-03-01T11:00:00+01:00")
        @Text(max = 40)
        String endsAt,
    @Schema(description = "1 when empty") Integer guests,
    @Schema(maxLength = 120) @Text(max = 120) String title,
    @Schema(
            required = true,
            format = "date",
            example = "2027-06-28",
            description = "the last day an occurrence may fall on; at most a year after the first")
        @Text(max = 10)
        String repeatUntil) {

  BookingDetails toDetails() {
    return new BookingForm(
            spaceId, companyId, memberId, startsAt, endsAt, guests, title, null, null, null)
        .toDetails();
  }

  LocalDate until() {
    if (repeatUntil == null || repeatUntil.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(repeatUntil.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of("repeatUntil", "booking.repeat.unreadable");
    }
  }
}
