package io.atrium.staff.api;

import io.atrium.identity.Permission;
import io.atrium.shared.NotFoundException;
import io.atrium.staff.StaffRoles;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rights matrix, one cell at a time. */
@Path("/staff-roles")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffRolesResource {

  @Inject StaffRoles roles;

  @GET
  @Operation(summary = "Every role with its permissions and thresholds; needs staff:read")
  public List<RoleSummary> list() {
    return roles.list().stream().map(RoleSummary::of).toList();
  }

  @PUT
  @Path("/{id}/permissions/{permission}")
  @Operation(summary = "Grant a permission (area:action) to the role; needs staff:edit")
  public void grant(@PathParam("id") long roleId, @PathParam("permission") String permission) {
    roles.grant(roleId, parse(permission));
  }

  @DELETE
  @Path("/{id}/permissions/{permission}")
  @Operation(
      summary = "Revoke a permission from the role; needs staff:edit, refused (409) on lockout")
  public void revoke(@PathParam("id") long roleId, @PathParam("permission") String permission) {
    roles.revoke(roleId, parse(permission));
  }

  private static Permission parse(String permission) {
    try {
      return Permission.parse(permission);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }
}
