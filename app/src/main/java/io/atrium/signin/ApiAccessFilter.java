package io.atrium.signin;

import io.atrium.identity.Caller;
import io.atrium.shared.NotSignedInException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API resource needs a bearer token unless it says {@code @PermitAll}: a new endpoint is
 * closed until someone opens it on purpose. A token whose holder may no longer act (deactivated,
 * disabled, or of a suspended tenant) is refused here, before any resource runs, so no endpoint can
 * answer such a caller with an empty success.
 */
@Provider
public class ApiAccessFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    var method = resource.getResourceMethod();
    var type = resource.getResourceClass();
    boolean open =
        (method != null && method.isAnnotationPresent(PermitAll.class))
            || (type != null && type.isAnnotationPresent(PermitAll.class));
    if (open) {
      return;
    }
    // Rights are read afresh for every request, so a suspension or deactivation applies at once.
    if (!caller.isSignedIn() || !caller.rights().active()) {
      throw new NotSignedInException();
    }
  }
}
