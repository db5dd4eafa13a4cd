package io.atrium.spaces.api;

import io.atrium.shared.NotFoundException;
import io.atrium.spaces.FloorPlans;
import io.atrium.spaces.Floors;
import io.atrium.spaces.PlanUpload;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The floors of the caller's centres, their plan images and the outlines of their spaces (catalog
 * rights). A floor, centre or space the caller cannot see answers 404.
 */
@Path("/floors")
@Tag(name = "Spaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FloorsResource {

  /** A plan is served as a passive picture: no script, no fetch, no form, no plugin. */
  static final String PLAN_POLICY =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

  @Inject Floors floors;

  @Inject FloorPlans plans;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Floors of the caller's centres, by centre and level (catalog:read)")
  public List<FloorSummary> list(
      @Parameter(description = "a centre's id") @QueryParam("centre") Long centre) {
    return floors.list(centre).stream().map(FloorSummary::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A floor (catalog:read)")
  @APIResponse(responseCode = "404", description = "No such floor for this caller")
  public FloorSummary get(@PathParam("id") long id) {
    return FloorSummary.of(floors.get(id));
  }

  @POST
  @Operation(summary = "Creates a floor (catalog:create)")
  @APIResponse(responseCode = "201", description = "Created; Location names the floor")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "A centre the caller cannot see")
  public Response create(@Valid FloorForm form) {
    var created = floors.create(required(form).details(), null);
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(FloorSummary.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Renames a floor or changes its level (catalog:edit); its centre stays")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public FloorSummary update(@PathParam("id") long id, @Valid FloorForm form) {
    return FloorSummary.of(floors.update(id, required(form).details(), null));
  }

  @PUT
  @Path("/{id}/plan")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Replaces the plan image (catalog:edit), sent as the body: a PNG or a passive SVG, its"
              + " type read from its content, whatever Content-Type says")
  @APIResponse(responseCode = "200", description = "The floor with its new plan")
  @APIResponse(
      responseCode = "400",
      description = "Not a PNG or SVG, an SVG with active content, empty, or over the limit")
  public FloorSummary changePlan(
      @PathParam("id") long id,
      @HeaderParam("X-File-Name") @DefaultValue("plan") String name,
      InputStream content) {
    return FloorSummary.of(floors.changePlan(id, new PlanUpload(name, content)));
  }

  @GET
  @Path("/{id}/plan")
  @Produces({"image/png", "image/svg+xml", MediaType.APPLICATION_JSON})
  @Operation(summary = "The plan image, for staff who may see the floor")
  @APIResponse(responseCode = "200", description = "The image, with its real type")
  @APIResponse(responseCode = "404", description = "No such floor, or no plan")
  public Response plan(@PathParam("id") long id) {
    var plan = floors.plan(id).orElseThrow(NotFoundException::new);
    return Response.ok(plan.content(), plan.contentType())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", PLAN_POLICY)
        .header("Content-Disposition", "inline")
        .header("Cache-Control", "private, no-cache")
        .build();
  }

  @GET
  @Path("/{id}/spaces")
  @Operation(summary = "The spaces on a floor, with their outlines (catalog:read)")
  public List<SpaceSummary> spaces(@PathParam("id") long id) {
    return plans.spacesOn(id).stream().map(SpaceSummary::of).toList();
  }

  @PUT
  @Path("/{id}/outlines")
  @Operation(summary = "Saves the outlines of some of the floor's spaces at once (catalog:edit)")
  @APIResponse(responseCode = "200", description = "The floor's spaces as saved")
  @APIResponse(responseCode = "400", description = "A bad outline: nothing is saved")
  @APIResponse(responseCode = "404", description = "A floor or space the caller cannot see")
  public List<SpaceSummary> place(@PathParam("id") long id, @Valid OutlinesForm form) {
    if (form == null || form.outlines() == null) {
      throw new BadRequestException();
    }
    Map<Long, String> shapes = new LinkedHashMap<>();
    for (OutlinesForm.Outline outline : form.outlines()) {
      if (outline.spaceId() == null) {
        throw io.atrium.shared.InvalidFieldsException.of("outlines", "space.required");
      }
      shapes.put(outline.spaceId(), outline.shape());
    }
    return plans.place(id, shapes).stream().map(SpaceSummary::of).toList();
  }

  private static FloorForm required(FloorForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }
}
