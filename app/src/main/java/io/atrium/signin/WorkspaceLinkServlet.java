package io.atrium.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * {@code /t/<slug>}: the address an operator gives its people (and the activation e-mail names),
 * which opens the sign-in page with the workspace filled in.
 */
@WebServlet("/t/*")
public class WorkspaceLinkServlet extends HttpServlet {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (slug.endsWith("/")) {
      slug = slug.substring(0, slug.length() - 1);
    }
    if (!SLUG.matcher(slug).matches()) {
      response.sendError(404);
      return;
    }
    response.sendRedirect(request.getContextPath() + "/login.xhtml?workspace=" + slug);
  }
}
