package io.atrium.access.api;

import io.atrium.access.AccessGrant;
import io.atrium.access.MemberAccess;
import io.atrium.access.Provisioning;
import io.atrium.identity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A booking's door and Wi-Fi access: its grants with their state and credential (bookings:read; a
 * member reads their own, {@link MemberAccess}), and "Give Access", which makes those not active at
 * once (bookings:edit).
 */
@Path("/bookings/{booking}/access")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingAccessResource {

  @Inject Provisioning provisioning;

  @Inject MemberAccess memberAccess;

  @Inject Caller caller;

  /** A grant as the API shows it; the credential only while it is active. */
  public record GrantSummary(
      long id,
      Long bookingId,
      Long dayPassId,
      Long cardId,
      Long visitorId,
      String system,
      String provider,
      String holder,
      String validFrom,
      String validUntil,
      String status,
      String credential,
      String failure,
      int attempts) {

    static GrantSummary of(AccessGrant g) {
      return new GrantSummary(
          g.getId(),
          g.getBookingId(),
          g.getDayPassId(),
          g.getCardId(),
          g.getVisitorId(),
          g.getSystem().name(),
          g.getProvider(),
          g.getHolder(),
          g.getValidFrom().toString(),
          g.getValidUntil().toString(),
          g.getStatus().name(),
          g.getCredential(),
          g.getFailure(),
          g.getAttempts());
    }

    /** What the holder is shown: the systems' refusals are the desk's to read. */
    GrantSummary forMember() {
      return new GrantSummary(
          id,
          bookingId,
          dayPassId,
          cardId,
          visitorId,
          system,
          null,
          holder,
          validFrom,
          validUntil,
          status,
          credential,
          null,
          attempts);
    }
  }

  @GET
  @Operation(
      summary =
          "The booking's door and Wi-Fi access (bookings:read); for a member, their own access to"
              + " a booking they made (the access client right), without their visitors' or the"
              + " systems' failures")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  public List<GrantSummary> grants(@PathParam("booking") long booking) {
    if (caller.isMember()) {
      return memberAccess.ofBooking(booking).stream()
          .map(GrantSummary::of)
          .map(GrantSummary::forMember)
          .toList();
    }
    return provisioning.ofBooking(booking).stream().map(GrantSummary::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Give Access: makes the booking's door and Wi-Fi credentials that are not active now"
              + " (bookings:edit); failures are kept with their reason")
  @APIResponse(responseCode = "409", description = "The booking is over or cancelled")
  public List<GrantSummary> giveAccess(@PathParam("booking") long booking) {
    return provisioning.giveAccess(booking).stream().map(GrantSummary::of).toList();
  }
}
