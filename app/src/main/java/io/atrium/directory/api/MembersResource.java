package io.atrium.directory.api;

import io.atrium.directory.Invitations;
import io.atrium.directory.Members;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Members of client companies and on-demand users, one at a time. */
@Path("/members")
@Tag(name = "Members")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject Members members;

  @Inject Invitations invitations;

  @GET
  @Path("/{id}")
  @Operation(summary = "A member's file")
  @APIResponse(responseCode = "200", description = "The member")
  @APIResponse(responseCode = "404", description = "No such member for this caller")
  public MemberDetails get(@PathParam("id") long id) {
    return MemberDetails.of(members.get(id));
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replaces a member's details and company role")
  @APIResponse(responseCode = "200", description = "The member as saved")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "403", description = "The caller may not change this member")
  public MemberDetails update(@PathParam("id") long id, @Valid MemberForm form) {
    var edited = form(form).applyTo(members.get(id));
    return MemberDetails.of(members.update(edited));
  }

  @POST
  @Path("/{id}/activation")
  @Operation(summary = "Activer le compte: e-mails an invited member the link to set a password")
  @APIResponse(responseCode = "202", description = "The activation e-mail is on its way")
  @APIResponse(responseCode = "400", description = "The member is already active, or disabled")
  public Response activate(@PathParam("id") long id) {
    var member = invitations.activate(id);
    return Response.accepted(MemberDetails.of(member)).build();
  }

  static MemberForm form(MemberForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }
}
