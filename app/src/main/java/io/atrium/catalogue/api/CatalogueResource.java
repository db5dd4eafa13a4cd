package io.atrium.catalogue.api;

import io.atrium.catalogue.Catalogue;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CatalogueSearch;
import io.atrium.catalogue.CentrePrice;
import io.atrium.catalogue.PriceChanges;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import io.atrium.shared.api.QueryFlags;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service catalogue: staff with catalog rights list, read, create and change items and set
 * their effective-dated prices per centre. Items of other tenants, and those offered only in
 * centres the caller does not work in, answer 404, as do such centres' ids in a body.
 */
@Path("/catalogue")
@Tag(name = "Catalogue")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  @Inject Catalogue catalogue;

  @Inject PriceChanges priceChanges;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Items by code, with today's price in each of the caller's centres")
  @APIResponse(responseCode = "200", description = "A page of items")
  @APIResponse(responseCode = "403", description = "The caller may not read the catalogue")
  public Page<ItemSummary> list(
      @Parameter(description = "a centre's id: items it offers") @QueryParam("centre") Long centre,
      @Parameter(description = "MAIN, OPTION or CONSUMPTION") @QueryParam("kind") String kind,
      @Parameter(description = "true or false") @QueryParam("active") String active,
      @Parameter(description = "part of the code or a name") @QueryParam("q") String text,
      @BeanParam PageRequest paging) {
    if (text != null && (text.length() > 120 || text.chars().anyMatch(Character::isISOControl))) {
      throw InvalidFieldsException.of("q", "atrium.text.control");
    }
    var search = new CatalogueSearch(centre, kind(kind), QueryFlags.flag("active", active), text);
    List<CatalogueItem> items = catalogue.list(search, paging.offset(), paging.size());
    return paging.of(summaries(items), catalogue.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An item with today's prices per centre and its price history")
  @APIResponse(responseCode = "200", description = "The item")
  @APIResponse(responseCode = "404", description = "No such item for this caller")
  public ItemSummary get(@PathParam("id") long id) {
    return full(catalogue.get(id));
  }

  @POST
  @Operation(summary = "Creates an item (catalog:create), without prices yet")
  @APIResponse(responseCode = "201", description = "Created; Location names the item")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "403", description = "The caller may not create items")
  @APIResponse(responseCode = "404", description = "A centre the caller does not see")
  public Response create(@Valid ItemForm form) {
    CatalogueItem created = required(form).apply(catalogue::create);
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(full(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replaces an item's details (catalog:edit); it is never deleted")
  @APIResponse(responseCode = "200", description = "The item as saved")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "No such item, or a centre not seen")
  @APIResponse(responseCode = "409", description = "The item changed since that version")
  public ItemSummary update(@PathParam("id") long id, @Valid ItemForm form) {
    ItemForm sent = required(form);
    return full(sent.apply(details -> catalogue.update(id, details, sent.version())));
  }

  @POST
  @Path("/{id}/prices")
  @Operation(summary = "Sets the item's price in a centre from a day on (catalog:edit)")
  @APIResponse(responseCode = "201", description = "The item with its new price history")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "No such item, or a centre not seen")
  public Response setPrice(@PathParam("id") long id, @Valid PriceForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    priceChanges.change(id, form.change());
    return Response.status(Response.Status.CREATED).entity(full(catalogue.get(id))).build();
  }

  private ItemSummary full(CatalogueItem item) {
    CatalogueItem read = catalogue.get(item.getId());
    List<PriceEntry> history =
        catalogue.history(read.getId()).stream().map(PriceEntry::of).toList();
    return ItemSummary.of(read, offers(catalogue.pricesToday(List.of(read)), read), history);
  }

  private List<ItemSummary> summaries(List<CatalogueItem> items) {
    Map<Long, List<CentrePrice>> prices = catalogue.pricesToday(items);
    return items.stream().map(i -> ItemSummary.of(i, offers(prices, i), null)).toList();
  }

  private static List<CentreOffer> offers(Map<Long, List<CentrePrice>> prices, CatalogueItem i) {
    return prices.getOrDefault(i.getId(), List.of()).stream().map(CentreOffer::of).toList();
  }

  private static ItemForm required(ItemForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }

  private static CatalogueItem.Kind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CatalogueItem.Kind.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of("kind", "catalogue.kind.unknown");
    }
  }
}
