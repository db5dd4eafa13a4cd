package io.atrium.bookings.api;

import io.atrium.bookings.BookingExtras;
import io.atrium.consumptions.Consumption;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a booking's guests consumed (drinks, prints, equipment): consumptions of the booking's
 * payer, billed by the monthly run (bookings:read to list, bookings:edit to add or take off).
 */
@Path("/bookings/{booking}/extras")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingExtrasResource {

  @Inject BookingExtras extras;

  /** An extra as the API shows it: its consumption, priced from the catalogue. */
  public record ExtraSummary(
      long id,
      long consumptionId,
      long itemId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      Long invoiceId) {
    static ExtraSummary of(BookingExtras.Extra e) {
      Consumption c = e.consumption();
      return new ExtraSummary(
          e.id(),
          c.getId(),
          c.getItem().getId(),
          c.getDescription(),
          c.getQuantity(),
          c.getUnitPrice(),
          c.getInvoiceId());
    }
  }

  /** An extra as the API takes it. */
  public record ExtraForm(
      @Schema(required = true, description = "a CONSUMPTION item the booking's centre offers")
          Long itemId,
      @Schema(required = true, example = "3") BigDecimal quantity) {}

  @GET
  @Operation(summary = "The booking's extras (bookings:read)")
  @APIResponse(responseCode = "200", description = "The extras, oldest first")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  public List<ExtraSummary> list(@PathParam("booking") long booking) {
    return extras.of(booking).stream().map(ExtraSummary::of).toList();
  }

  @POST
  @Operation(summary = "Adds what the guests consumed, billed to the payer (bookings:edit)")
  @APIResponse(responseCode = "201", description = "Added")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  @APIResponse(responseCode = "409", description = "The booking is cancelled")
  public Response add(@PathParam("booking") long booking, @Valid ExtraForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return Response.status(Response.Status.CREATED)
        .entity(ExtraSummary.of(extras.add(booking, form.itemId(), form.quantity())))
        .build();
  }

  @DELETE
  @Path("/{extra}")
  @Operation(summary = "Takes an unbilled extra off (bookings:edit)")
  @APIResponse(responseCode = "204", description = "Taken off")
  @APIResponse(responseCode = "404", description = "No such booking or extra for this caller")
  @APIResponse(responseCode = "409", description = "Already billed: its invoice stands")
  public Response remove(@PathParam("booking") long booking, @PathParam("extra") long extra) {
    extras.remove(booking, extra);
    return Response.noContent().build();
  }
}
