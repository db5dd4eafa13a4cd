package io.atrium.bookings.api;

import io.atrium.bookings.BookingRuleSettings;
import io.atrium.bookings.BookingRuleValues;
import io.atrium.bookings.WhoBooks;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Booking rules of a centre (its defaults) and of its bookable spaces: bookings:read to read,
 * bookings:edit to set. A value left out falls back to the centre's, then to Atrium's default.
 */
@Path("/booking-rules")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingRulesResource {

  @Inject BookingRuleSettings settings;

  /** The rules set for the centre (no spaceId) or one of its bookable spaces. */
  public record RuleForm(
      @Schema(required = true) Long centreId,
      @Schema(description = "a bookable space of the centre; none: the centre's defaults")
          Long spaceId,
      @Schema(description = "5 to 1440") Integer minMinutes,
      @Schema(description = "5 to 1440") Integer maxMinutes,
      @Schema(enumeration = {"5", "10", "15", "20", "30", "60"}) Integer granularityMinutes,
      @Schema(description = "kept free before and after each booking, 0 to 240")
          Integer bufferMinutes,
      @Schema(description = "0 to 730") Integer maxDaysAhead,
      @Schema(description = "0 to 10080") Integer minNoticeMinutes,
      @Schema(description = "0 to 720") Integer cancelWindowHours,
      @Schema(description = "0 to 100") BigDecimal lateCancelFeePercent,
      @Schema(description = "hours a company may hold the space in a week, 1 to 168")
          Integer weeklyQuotaHours,
      @Schema(
              description = "who may book it from the client space",
              enumeration = {"EVERY_MEMBER", "MANAGERS", "STAFF_ONLY"})
          @Text(max = 16)
          String whoBooks,
      @Schema(description = "a member's booking waits for staff to confirm it")
          Boolean approvalRequired) {

    BookingRuleValues values() {
      WhoBooks who = null;
      if (whoBooks != null) {
        try {
          who = WhoBooks.valueOf(whoBooks);
        } catch (IllegalArgumentException unknown) {
          throw InvalidFieldsException.of("whoBooks", "booking.rules.whoBooks");
        }
      }
      return new BookingRuleValues(
          minMinutes,
          maxMinutes,
          granularityMinutes,
          bufferMinutes,
          maxDaysAhead,
          minNoticeMinutes,
          cancelWindowHours,
          lateCancelFeePercent,
          weeklyQuotaHours,
          who,
          approvalRequired);
    }
  }

  @GET
  @Operation(summary = "The centre's rules, then each bookable space's: set there and in force")
  @APIResponse(responseCode = "404", description = "No such centre for this caller")
  public List<BookingRuleSettings.Row> list(@QueryParam("centre") Long centre) {
    if (centre == null) {
      throw InvalidFieldsException.of("centre", "booking.centre.required");
    }
    return settings.of(centre);
  }

  @PUT
  @Operation(summary = "Sets the centre's default rules or a space's (bookings:edit)")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public BookingRuleValues save(@Valid RuleForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return settings.save(form.centreId(), form.spaceId(), form.values());
  }
}
