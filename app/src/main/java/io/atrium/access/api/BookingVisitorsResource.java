package io.atrium.access.api;

import io.atrium.access.BookingVisitors;
import io.atrium.reception.NewVisitor;
import io.atrium.reception.api.VisitorDetails;
import io.atrium.shared.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The visitors of a booking (000 workflow 3 step 4): invited for its centre, day and start, each
 * with their own door and Wi-Fi access for its time once it is confirmed (staff: bookings:read to
 * list, bookings:edit and visitors:create to add; a member: their own bookings, with the right to
 * invite visitors).
 */
@Path("/bookings/{booking}/visitors")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingVisitorsResource {

  @Inject BookingVisitors visitors;

  /** A visitor of a booking: the centre, day and time are the booking's. */
  @Schema(name = "BookingVisitorForm")
  public record BookingVisitorForm(
      @Schema(description = "the host; by default the booking's member (required otherwise)")
          Long hostId,
      @Schema(required = true, maxLength = 120) @Text(max = 120) String fullName,
      @Schema(required = true, description = "the invitation and its QR code are mailed there")
          @Text(max = 254)
          String email,
      @Schema(description = "digits, spaces and + ( ) . - only")
          @jakarta.validation.constraints.Pattern(
              regexp = "\\+?[0-9][0-9 ().-]{5,28}",
              message = "{visitor.phone.invalid}")
          String phone,
      @Schema(maxLength = 200) @Text(max = 200) String companyName,
      @Schema(maxLength = 300, description = "by default the booking's title") @Text(max = 300)
          String purpose,
      @Schema(maxLength = 2000) @Text(max = 2000, multiline = true) String notes) {

    NewVisitor toNewVisitor() {
      NewVisitor visitor = new NewVisitor();
      visitor.setHostId(hostId);
      visitor.setFullName(fullName);
      visitor.setEmail(email);
      visitor.setPhone(phone);
      visitor.setCompanyName(companyName);
      visitor.setPurpose(purpose);
      visitor.setNotes(notes);
      return visitor;
    }
  }

  @GET
  @Operation(summary = "The booking's visitors (bookings:read, or the member who booked it)")
  @APIResponse(responseCode = "200", description = "Its visitors, by name")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  public List<VisitorDetails> list(@PathParam("booking") long booking) {
    return visitors.of(booking).stream().map(VisitorDetails::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Adds a visitor to the booking: invited (mail with QR code) for its day and start, with"
              + " door and Wi-Fi access for its time once confirmed (bookings:edit and"
              + " visitors:create, or the member who booked it)")
  @APIResponse(responseCode = "201", description = "Invited")
  @APIResponse(responseCode = "400", description = "Invalid fields (name, e-mail, host), in errors")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  @APIResponse(responseCode = "409", description = "The booking is over or cancelled")
  public Response add(@PathParam("booking") long booking, @Valid BookingVisitorForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return Response.status(Response.Status.CREATED)
        .entity(VisitorDetails.of(visitors.add(booking, form.toNewVisitor())))
        .build();
  }
}
