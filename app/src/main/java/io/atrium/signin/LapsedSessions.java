package io.atrium.signin;

import io.atrium.identity.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the page session of someone who may no longer act: a deactivated staff member, a disabled
 * member, anyone of a suspended tenant. Their next page is the sign-in form. The rights it reads
 * are the ones {@link Caller} loads once per request anyway, so this adds no query.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LapsedSessions extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Caller caller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    HttpSession session = request.getSession(false);
    if (session != null
        && PageAccess.isPage(path)
        && caller.principal().filter(p -> !p.platform()).isPresent()
        && !caller.rights().active()) {
      session.invalidate();
      PageAccess.redirect(request, response, "/login.xhtml");
      return;
    }
    chain.doFilter(request, response);
  }
}
