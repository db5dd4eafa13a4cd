package io.atrium.testing;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.signin.PageAccess;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In test deployments only: Arquillian runs in-container tests by calling its runner servlet with
 * no session, which the sign-in check would redirect to the login page. Every other path keeps the
 * application's rules.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class InContainerPageAccess extends PageAccess {

  private static final String RUNNER = "/ArquillianServletRunner";

  @Override
  public boolean admit(
      String path,
      AtriumPrincipal principal,
      HttpServletRequest request,
      HttpServletResponse response) {
    return path.startsWith(RUNNER) || super.admit(path, principal, request, response);
  }
}
