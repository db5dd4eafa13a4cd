package io.atrium.pricing.api;

import io.atrium.pricing.CentrePrices;
import io.atrium.pricing.PriceGrids;
import io.atrium.pricing.Pricing;
import io.atrium.pricing.StaffDiscounts;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pricing service (pricing:read): the breakdown of a price in a centre, from the base to the
 * gross, each line with its rule; and the rules it prices by (reference prices, grids, staff
 * discounts), read only. A centre, item, space or company the caller cannot see is 404.
 */
@Path("/pricing")
@Tag(name = "Pricing")
@Produces(MediaType.APPLICATION_JSON)
public class PricingResource {

  @Inject Pricing pricing;

  @Inject CentrePrices centrePrices;

  @Inject PriceGrids grids;

  @Inject StaffDiscounts discounts;

  @Context HttpHeaders headers;

  @GET
  @Path("/quote")
  @Operation(summary = "Prices an item or a space, given in the query (pricing:read)")
  @APIResponse(responseCode = "200", description = "The breakdown")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "403", description = "The caller may not read pricing")
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
  @APIResponse(responseCode = "403", description = "The caller may not read pricing")
  @APIResponse(responseCode = "404", description = "A centre, item, space or company not found")
  public PriceBreakdown quote(@Valid QuoteForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return answer(form);
  }

  @GET
  @Path("/centres")
  @Operation(summary = "The caller's centres with their reference price per m² (pricing:read)")
  @APIResponse(responseCode = "200", description = "The centres, by code")
  @APIResponse(responseCode = "403", description = "The caller may not read pricing")
  public List<RuleSummaries.CentrePrice> centres() {
    return centrePrices.list().stream().map(RuleSummaries.CentrePrice::of).toList();
  }

  @GET
  @Path("/grids")
  @Operation(summary = "The price grids of the caller's centres, by name (pricing:read)")
  @APIResponse(responseCode = "200", description = "The grids with their lines")
  @APIResponse(responseCode = "403", description = "The caller may not read pricing")
  @APIResponse(responseCode = "404", description = "A centre the caller cannot see")
  public List<RuleSummaries.Grid> grids(
      @Parameter(description = "only the grid of this centre") @QueryParam("centre") Long centre) {
    return grids.list(centre).stream().map(RuleSummaries.Grid::of).toList();
  }

  @GET
  @Path("/discounts")
  @Operation(summary = "The staff discounts of the caller's centres (pricing:read)")
  @APIResponse(responseCode = "200", description = "The discounts, active first")
  @APIResponse(responseCode = "403", description = "The caller may not read pricing")
  @APIResponse(responseCode = "404", description = "A centre the caller cannot see")
  public List<RuleSummaries.Discount> discounts(
      @Parameter(description = "only those offered in this centre") @QueryParam("centre")
          Long centre) {
    return discounts.list(centre).stream().map(RuleSummaries.Discount::of).toList();
  }

  private PriceBreakdown answer(QuoteForm form) {
    return PriceBreakdown.of(
        pricing.quote(form.toRequest()), Problems.locale(headers.getAcceptableLanguages()));
  }
}
