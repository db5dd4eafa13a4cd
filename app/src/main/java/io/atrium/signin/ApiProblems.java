package io.atrium.signin;

import io.atrium.shared.api.NoStore;
import io.atrium.shared.api.Problem;
import io.atrium.shared.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;

/** The 401 the API answers before JAX-RS runs (a bad token), in the same problem+json shape. */
final class ApiProblems {

  private ApiProblems() {}

  static void unauthorized(HttpServletRequest request, HttpServletResponse response) {
    var locale = Problems.locale(Collections.list(request.getLocales()));
    Problem problem = Problems.of(401, "problem.detail.401", null, locale, request.getRequestURI());
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    // Written before JAX-RS runs, so its no-store filter never sees this answer.
    response.setHeader("Cache-Control", NoStore.VALUE);
    AtriumAuthentication.writeQuietly(response, 401, Problem.MEDIA_TYPE, Problems.json(problem));
  }
}
