package io.atrium.signin.api;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotSignedInException;
import io.atrium.shared.api.ApiDocumentFilter;
import io.atrium.signin.ApiSessions;
import io.atrium.signin.ApiSessions.TokenPair;
import io.atrium.signin.SignIn;
import io.atrium.signin.SignInRefusedException;
import io.atrium.signin.SignInResult;
import io.atrium.signin.SourceAddress;
import io.atrium.signin.TooManyAttemptsException;
import io.atrium.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where API clients (the mobile app, integrations) get and renew their bearer tokens, and sign out.
 * Getting and renewing tokens is open; signing out needs the bearer's own token.
 */
@Path("/auth")
@Tag(name = "Authentication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject ApiSessions sessions;

  @Inject SignIn signIn;

  @Inject Tenancy tenancy;

  @Inject SourceAddress source;

  @Inject Caller caller;

  @Context HttpServletRequest http;

  @POST
  @PermitAll
  @Path("/token")
  @Extension(name = ApiDocumentFilter.OPEN, value = "true")
  @Operation(summary = "Sign in with workspace, e-mail and password; returns a token pair")
  public TokenPair token(@Valid TokenRequest request) {
    if (request == null) {
      throw new SignInRefusedException();
    }
    String tenant = request.tenant() == null ? "" : request.tenant().trim();
    if (SignIn.PLATFORM.equalsIgnoreCase(tenant)) {
      throw new SignInRefusedException();
    }
    SignInResult result =
        signIn.attempt(tenant, request.email(), request.password(), source.of(http));
    if (result.outcome() == SignInResult.Outcome.THROTTLED) {
      throw new TooManyAttemptsException();
    }
    if (!result.succeeded()) {
      throw new SignInRefusedException();
    }
    var principal = result.principal();
    return tenancy.runAsTenant(principal.tenantId(), () -> sessions.pairFor(principal));
  }

  @POST
  @PermitAll
  @Path("/refresh")
  @Extension(name = ApiDocumentFilter.OPEN, value = "true")
  @Operation(summary = "Trade a refresh token (single use) for a new token pair")
  public TokenPair refresh(@Valid RefreshRequest request) {
    if (request == null) {
      throw new NotSignedInException();
    }
    String token = request.refresh_token();
    return tenancy.runAsTenant(ApiSessions.tenantOf(token), () -> sessions.rotate(token));
  }

  @POST
  @Path("/logout")
  @Operation(
      summary =
          "Sign out: revokes the family of the caller's refresh token (every token rotated from"
              + " the same sign-in); the access token expires by itself")
  public Response logout(@Valid LogoutRequest request) {
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (request == null) {
      throw InvalidFieldsException.of("refresh_token", "api.logout.unknown");
    }
    sessions.signOut(principal, request.refresh_token());
    return Response.noContent().build();
  }
}
