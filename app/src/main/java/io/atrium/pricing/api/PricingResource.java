package io.atrium.pricing.api;

import io.atrium.pricing.Pricing;
import io.atrium.shared.api.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pricing service (pricing:read): the breakdown of a price in a centre, from the base to the
 * gross, each line with its rule. A centre, item, space or company the caller cannot see is 404.
 */
@Path("/pricing")
@Tag(name = "Pricing")
@Produces(MediaType.APPLICATION_JSON)
public class PricingResource {

  @Inject Pricing pricing;

  @Context HttpHeaders headers;

  @GET
  @Path("/quote")
  @Operation(summary = "Prices an item or a space, given in the query (pricing:read)")
  @APIResponse(responseCode = "200", description = "The breakdown")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "A centre, item, space or company not found")
  public PriceBreakdown quote(@Valid @BeanParam QuoteQuery query) {
    return answer(query.toForm());
  }

  @POST
  @Path("/quote")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Prices an item or a space, given in the body (pricing:read)")
  @APIResponse(responseCode = "200", description = "The breakdown")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "A centre, item, space or company not found")
  public PriceBreakdown quote(@Valid QuoteForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return answer(form);
  }

  private PriceBreakdown answer(QuoteForm form) {
    return PriceBreakdown.of(
        pricing.quote(form.toRequest()), Problems.locale(headers.getAcceptableLanguages()));
  }
}
