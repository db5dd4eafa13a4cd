package io.atrium.access.api;

import io.atrium.access.CardAccess;
import io.atrium.access.api.BookingAccessResource.GrantSummary;
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
 * A card's door credential while it is given to a person or lent (000 Access Control): its grants,
 * newest first (access-cards:read), and "Give Access" (access-cards:edit).
 */
@Path("/cards/{card}/access")
@Tag(name = "Access cards")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CardAccessResource {

  @Inject CardAccess access;

  @GET
  @Operation(
      summary =
          "The card's door credentials, one per holding, newest first; revoked once the card is"
              + " lost, deactivated, taken back or its loan is over (access-cards:read)")
  @APIResponse(responseCode = "200", description = "Its grants")
  @APIResponse(responseCode = "404", description = "No such card for this caller")
  public List<GrantSummary> grants(@PathParam("card") long card) {
    return access.ofCard(card).stream().map(GrantSummary::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Give Access: makes the card's door credential now when it is not active"
              + " (access-cards:edit); a failure is kept with its reason")
  @APIResponse(responseCode = "200", description = "Its open grants after the attempt")
  @APIResponse(responseCode = "404", description = "No such card for this caller")
  @APIResponse(
      responseCode = "409",
      description = "The card opens no door now: neither given to a person nor lent")
  public List<GrantSummary> giveAccess(@PathParam("card") long card) {
    return access.giveAccess(card).stream().map(GrantSummary::of).toList();
  }
}
