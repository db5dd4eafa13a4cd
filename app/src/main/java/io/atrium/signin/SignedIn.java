package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Where a request keeps its signed-in principal, whichever way it authenticated. */
public final class SignedIn {

  static final String ATTRIBUTE = AtriumPrincipal.REQUEST_ATTRIBUTE;

  private SignedIn() {}

  public static Optional<AtriumPrincipal> of(HttpServletRequest request) {
    return Optional.ofNullable((AtriumPrincipal) request.getAttribute(ATTRIBUTE));
  }
}
