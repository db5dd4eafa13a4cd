package io.atrium.access.api;

import io.atrium.access.Provisioning;
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
 * A day pass's door and Wi-Fi access for its day (000 workflow 4 step 3): its grants
 * (day-passes:read) and "Give Access" (day-passes:edit).
 */
@Path("/day-passes/{pass}/access")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DayPassAccessResource {

  @Inject Provisioning provisioning;

  @GET
  @Operation(summary = "The day pass's door and Wi-Fi access (day-passes:read)")
  @APIResponse(responseCode = "200", description = "Its grants, by system")
  @APIResponse(responseCode = "404", description = "No such day pass for this caller")
  public List<GrantSummary> grants(@PathParam("pass") long pass) {
    return provisioning.ofPass(pass).stream().map(GrantSummary::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Give Access: makes the pass's door and Wi-Fi credentials that are not active now"
              + " (day-passes:edit); failures are kept with their reason")
  @APIResponse(responseCode = "200", description = "Its grants after the attempt")
  @APIResponse(responseCode = "404", description = "No such day pass for this caller")
  @APIResponse(responseCode = "409", description = "The pass is over or cancelled")
  public List<GrantSummary> giveAccess(@PathParam("pass") long pass) {
    return provisioning.giveAccessForPass(pass).stream().map(GrantSummary::of).toList();
  }
}
