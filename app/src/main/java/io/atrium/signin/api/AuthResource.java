package io.atrium.signin.api;

import io.atrium.shared.NotSignedInException;
import io.atrium.shared.api.ApiDocumentFilter;
import io.atrium.signin.ApiSessions;
import io.atrium.signin.ApiSessions.TokenPair;
import io.atrium.signin.SignIn;
import io.atrium.signin.SignInResult;
import io.atrium.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where API clients (the mobile app, integrations) get and renew their bearer tokens. */
@Path("/auth")
@PermitAll
@Tag(name = "Authentication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject ApiSessions sessions;

  @Inject SignIn signIn;

  @Inject Tenancy tenancy;

  @POST
  @Path("/token")
  @Extension(name = ApiDocumentFilter.OPEN, value = "true")
  @Operation(summary = "Sign in with workspace, e-mail and password; returns a token pair")
  public TokenPair token(@Valid TokenRequest request) {
    if (request == null) {
      throw new NotSignedInException();
    }
    String tenant = request.tenant() == null ? "" : request.tenant().trim();
    if (SignIn.PLATFORM.equalsIgnoreCase(tenant)) {
      throw new NotSignedInException();
    }
    SignInResult result = signIn.attempt(tenant, request.email(), request.password());
    if (!result.succeeded()) {
      throw new NotSignedInException();
    }
    var principal = result.principal();
    return tenancy.runAsTenant(principal.tenantId(), () -> sessions.pairFor(principal));
  }

  @POST
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
}
