package io.atrium.bookings.api;

import io.atrium.bookings.CentreClosure;
import io.atrium.bookings.CentreClosures;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The days a centre is closed (public holidays, works): no booking of its spaces touches them
 * (bookings:read to list, bookings:edit to add or remove).
 */
@Path("/centre-closures")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CentreClosuresResource {

  @Inject CentreClosures closures;

  @jakarta.ws.rs.core.Context UriInfo uri;

  /** A closure as the API shows it. */
  public record ClosureSummary(long id, long centreId, String day, String label) {
    static ClosureSummary of(CentreClosure c) {
      return new ClosureSummary(
          c.getId(), c.getCentre().getId(), c.getDay().toString(), c.getLabel());
    }
  }

  /** A closure as the API takes it. */
  public record ClosureForm(
      @Schema(required = true) Long centreId,
      @Schema(required = true, format = "date", example = "2027-05-01") @Text(max = 10) String day,
      @Schema(required = true, maxLength = 120, example = "Fête du Travail") @Text(max = 120)
          String label) {}

  @GET
  @Operation(summary = "The centre's closures from today on (or from), in order (bookings:read)")
  @APIResponse(responseCode = "404", description = "No such centre for this caller")
  public List<ClosureSummary> list(
      @QueryParam("centre") Long centre, @QueryParam("from") String from) {
    if (centre == null) {
      throw InvalidFieldsException.of("centre", "booking.centre.required");
    }
    LocalDate since = from == null ? LocalDate.now().minusDays(1) : day(from, "from");
    return closures.of(centre, since).stream().map(ClosureSummary::of).toList();
  }

  @POST
  @Operation(summary = "Closes a centre on a day (bookings:edit)")
  @APIResponse(responseCode = "201", description = "Added; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public Response add(@Valid ClosureForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    LocalDate day = form.day() == null ? null : day(form.day(), "day");
    CentreClosure added = closures.add(form.centreId(), day, form.label());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(added.getId()))
        .entity(ClosureSummary.of(added))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Opens the centre again on that day (bookings:edit)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such closure for this caller")
  public Response remove(@PathParam("id") long id) {
    closures.remove(id);
    return Response.noContent().build();
  }

  private static LocalDate day(String text, String field) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of(field, "closure.day.unreadable");
    }
  }
}
