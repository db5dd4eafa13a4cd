package io.atrium.staff.api;

import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import io.atrium.shared.api.QueryFlags;
import io.atrium.staff.StaffAssignment;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffMembers;
import io.atrium.staff.StaffSearch;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's staff ("Collaborateurs"), limited to the caller's centres. */
@Path("/staff")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffMembers staff;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Staff by name; needs staff:read")
  public Page<StaffSummary> list(
      @QueryParam("q") String text,
      @QueryParam("role") Long roleId,
      @QueryParam("centre") Long centreId,
      @QueryParam("active") String active,
      @BeanParam PageRequest paging) {
    var search = new StaffSearch(text, roleId, centreId, QueryFlags.flag("active", active));
    List<StaffSummary> items =
        staff.list(search, paging.offset(), paging.size()).stream().map(StaffSummary::of).toList();
    return paging.of(items, staff.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One staff member; needs staff:read")
  public StaffSummary get(@PathParam("id") long id) {
    return StaffSummary.of(staff.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a staff member and e-mail them an activation link; needs staff:create")
  public Response create(@Valid NewStaffMember request) {
    var body =
        request == null ? new NewStaffMember(null, null, null, null, null, false, null) : request;
    var member =
        new StaffMember(body.fullName(), body.email() == null ? "" : body.email(), body.language());
    member.setPhone(body.phone());
    var assignment =
        new StaffAssignment(
            body.roleIds() == null ? null : new HashSet<>(body.roleIds()),
            body.allCentres(),
            body.centreIds() == null ? null : new HashSet<>(body.centreIds()));
    StaffSummary created = StaffSummary.of(staff.create(member, assignment));
    return Response.status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }
}
