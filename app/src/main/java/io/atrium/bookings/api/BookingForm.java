package io.atrium.bookings.api;

import io.atrium.bookings.BookingDetails;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking as the API takes it. Times carry their offset, so they name one instant each. */
public record BookingForm(
    @Schema(required = true, description = "a bookable space of one of the caller's centres")
        Long spaceId,
    @Schema(description = "the paying company; or memberId") Long companyId,
    @Schema(description = "the paying member (on their own); or companyId") Long memberId,
    @Schema(
            required = true,
            format = "date-time",
            example = "2027-03-01T10:00:00+01:00",
            description = "included")
        @Text(max = 40)
        String startsAt,
    @Schema(
            required = true,
            format = "date-time",
            example = "2027-03-01T11:00:00+01:00",
            description = "excluded: 10–11 and 11–12 both fit")
        @Text(max = 40)
        String endsAt,
    @Schema(description = "1 when empty; at most the space's capacity") Integer guests,
    @Schema(maxLength = 120) @Text(max = 120) String title,
    @Schema(
            description =
                "percent off the price, 0 to 100; above the author's ceiling the booking waits"
                    + " for approval (PENDING_APPROVAL)")
        BigDecimal discountPercent,
    @Schema(description = "issue its invoice at confirmation rather than in the monthly run")
        Boolean invoiceNow,
    @Schema(
            description =
                "a signed or running contract of the payer at the space's centre: the booking is"
                    + " billed with it by the monthly run; none: one-off")
        Long contractId) {

  BookingDetails toDetails() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    Instant from = instant(startsAt, "startsAt", unreadable);
    Instant to = instant(endsAt, "endsAt", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return new BookingDetails(
        spaceId,
        companyId,
        memberId,
        from,
        to,
        guests,
        title == null ? null : title.strip(),
        discountPercent,
        Boolean.TRUE.equals(invoiceNow),
        contractId);
  }

  /** An ISO date-time with its offset ("2027-03-01T10:00:00+01:00" or "…Z"). */
  static Instant instant(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      unreadable.put(field, "booking.time.unreadable");
      return null;
    }
  }
}
