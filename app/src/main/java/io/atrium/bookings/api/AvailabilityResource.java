package io.atrium.bookings.api;

import io.atrium.bookings.BookingChoices;
import io.atrium.bookings.BookingOverview;
import io.atrium.shared.InvalidFieldsException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * When a space is taken: its held slots in a window, without who holds them, and the spaces one may
 * ask about (bookings:read for staff; a member asks about the spaces of their centre they may
 * book).
 */
@Path("/availability")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

  @Inject BookingOverview overview;

  @Inject BookingChoices choices;

  /** A taken slot: UTC instants, start included, end excluded. */
  public record BusySlot(String startsAt, String endsAt) {}

  @GET
  @Path("/spaces")
  @Operation(
      summary =
          "The spaces the caller may book: at a centre of theirs for staff (centre required),"
              + " at their own centre for a member")
  @APIResponse(responseCode = "404", description = "A centre that is not the caller's")
  @APIResponse(responseCode = "400", description = "Staff without a centre")
  public List<BookingChoices.SpaceChoice> spaces(@QueryParam("centre") Long centre) {
    return choices.forCaller(centre);
  }

  @GET
  @Operation(summary = "The held slots of a space between from and to (at most 62 days)")
  @APIResponse(responseCode = "404", description = "No such space for this caller")
  @APIResponse(responseCode = "400", description = "No space, or an unreadable or too wide window")
  public List<BusySlot> busy(
      @QueryParam("space") Long space,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    if (space == null) {
      throw InvalidFieldsException.of("space", "booking.space.required");
    }
    return overview
        .busy(space, BookingsResource.instant(from, "from"), BookingsResource.instant(to, "to"))
        .stream()
        .map(s -> new BusySlot(s.startsAt().toString(), s.endsAt().toString()))
        .toList();
  }
}
