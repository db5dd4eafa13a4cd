package io.atrium.signin.api;

import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.Permission;
import io.atrium.shared.NotSignedInException;
import io.atrium.signin.CallerProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the bearer is, and what they may do. */
@Path("/me")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Caller caller;

  @Inject CallerProfile profile;

  @GET
  @Operation(summary = "The caller: tenant, kind, roles and effective permissions")
  public Me me() {
    var principal = caller.principal().orElseThrow(NotSignedInException::new);
    var rights = caller.rights();
    if (!rights.active()) {
      throw new NotSignedInException();
    }
    return new Me(
        principal.tenantSlug(),
        principal.tenantId(),
        principal.kind().name().toLowerCase(),
        principal.personId(),
        principal.email(),
        principal.fullName(),
        profile.roleNames(principal),
        rights.permissions().stream().map(Permission::key).sorted().toList(),
        rights.companyRole() == null ? null : rights.companyRole().name(),
        rights.companyId(),
        rights.clientRights().stream().map(ClientRight::key).sorted().toList());
  }
}
