package io.atrium.spaces.api;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import io.atrium.spaces.Space;
import io.atrium.spaces.SpaceSearch;
import io.atrium.spaces.Spaces;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The spaces of the caller's centres (catalog rights). A space, centre, floor or catalogue item the
 * caller cannot see answers 404, whether its id is in the path or the body.
 */
@Path("/spaces")
@Tag(name = "Spaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SpacesResource {

  @Inject Spaces spaces;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Spaces of the caller's centres, by centre, floor and name (catalog:read)")
  @APIResponse(responseCode = "200", description = "A page of spaces")
  @APIResponse(responseCode = "400", description = "A filter that means nothing")
  public Page<SpaceSummary> list(
      @Parameter(description = "a centre's id") @QueryParam("centre") Long centre,
      @Parameter(description = "a floor's id") @QueryParam("floor") Long floor,
      @Parameter(description = "PRIVATE_OFFICE, MEETING_ROOM…") @QueryParam("kind") String kind,
      @Parameter(description = "AVAILABLE, OCCUPIED or OUT_OF_SERVICE") @QueryParam("status")
          String status,
      @BeanParam PageRequest paging) {
    var search =
        new SpaceSearch(
            centre,
            floor,
            named(Space.Kind.class, kind, "kind"),
            named(Space.Status.class, status, "status"));
    return paging.of(
        spaces.list(search, paging.offset(), paging.size()).stream().map(SpaceSummary::of).toList(),
        spaces.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A space (catalog:read)")
  @APIResponse(responseCode = "200", description = "The space")
  @APIResponse(responseCode = "404", description = "No such space for this caller")
  public SpaceSummary get(@PathParam("id") long id) {
    return SpaceSummary.of(spaces.get(id));
  }

  @POST
  @Operation(summary = "Creates a space (catalog:create)")
  @APIResponse(responseCode = "201", description = "Created; Location names the space")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "A centre, floor or item the caller cannot see")
  public Response create(@Valid SpaceForm form) {
    Space created = required(form).apply(spaces::create);
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(SpaceSummary.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replaces a space's details (catalog:edit); its centre stays")
  @APIResponse(responseCode = "200", description = "The space as saved")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "A space, floor or item the caller cannot see")
  public SpaceSummary update(@PathParam("id") long id, @Valid SpaceForm form) {
    return SpaceSummary.of(required(form).apply(details -> spaces.update(id, details)));
  }

  private static SpaceForm required(SpaceForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }

  static <E extends Enum<E>> E named(Class<E> type, String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text.strip())) {
        return value;
      }
    }
    throw InvalidFieldsException.of(field, "space." + field + ".unknown");
  }
}
