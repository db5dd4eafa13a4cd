package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.token.AccessTokens;
import io.atrium.identity.token.InvalidTokenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * The application's one authentication mechanism. Pages use a session set up by the sign-in form;
 * {@code /api} uses bearer tokens (MicroProfile JWT claims, RS256) and never the session, so a
 * browser's cookie cannot act on the API. Liberty's own mpJwt is not used: a Jakarta Security
 * mechanism in the application overrides it (OpenLiberty #12253), so both live here.
 */
@ApplicationScoped
public class AtriumAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_KEY = "atrium.principal";

  @Inject SignIn signIn;

  @Inject AccessTokens tokens;

  @Inject PageAccess pages;

  @Inject SourceAddress source;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return api(request, response, context);
    }
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof WorkspaceCredential form) {
      return signIn(form, request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      loadWhole(session);
    }
    AtriumPrincipal principal =
        session == null ? null : (AtriumPrincipal) session.getAttribute(SESSION_KEY);
    if (principal != null) {
      request.setAttribute(SignedIn.ATTRIBUTE, principal);
      context.notifyContainerAboutLogin(principal, groups(principal));
    }
    // Forwards and error pages were admitted with the request that led to them.
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || pages.admit(path, principal, request, response)) {
      return principal == null ? context.doNothing() : AuthenticationStatus.SUCCESS;
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * Reads every attribute of the session now, before the request changes any. A clustered server
   * that has just taken the session over from the session cache reads attributes one by one as they
   * are asked for; the first call to {@code getAttributeNames()} then reads them all again and puts
   * the cache's values over the ones changed so far in the request (Liberty's {@code
   * CacheSession}). Faces' flash asks for the names after the page's view is saved, so the view
   * drawn on the new server was lost and its form expired when posted. Once read, the names are not
   * read again for that copy of the session.
   */
  private static void loadWhole(HttpSession session) {
    try {
      session.getAttributeNames();
    } catch (IllegalStateException invalidated) {
      // Ended by another request meanwhile: nothing to read.
    }
  }

  private AuthenticationStatus signIn(
      WorkspaceCredential form,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    SignInResult result =
        signIn.attempt(form.workspace(), form.email(), form.password(), source.of(request));
    request.setAttribute(SignInResult.class.getName(), result);
    if (!result.succeeded()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    AtriumPrincipal principal = result.principal();
    // A new session id at sign-in, so an id planted before it is worth nothing after.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(SESSION_KEY, principal);
    if (source.secure(request)) {
      SessionCookies.secureOn(request, response);
    }
    request.setAttribute(SignedIn.ATTRIBUTE, principal);
    return context.notifyContainerAboutLogin(principal, groups(principal));
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return context.doNothing();
    }
    try {
      var token = tokens.verify(header.substring(7).trim());
      var principal =
          new AtriumPrincipal(
              AtriumPrincipal.Kind.valueOf(token.kind().toUpperCase()),
              token.tenantId(),
              token.tenantSlug(),
              token.personId(),
              token.getName(),
              // The name people read (audit log, "me"); a token from before names carried none.
              token.fullName());
      request.setAttribute(SignedIn.ATTRIBUTE, principal);
      return context.notifyContainerAboutLogin(principal, token.groups());
    } catch (InvalidTokenException | IllegalArgumentException e) {
      ApiProblems.unauthorized(request, response);
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  static Set<String> groups(AtriumPrincipal principal) {
    return Set.of(principal.kind().name().toLowerCase());
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  static void writeQuietly(HttpServletResponse response, int status, String type, String body) {
    try {
      response.setStatus(status);
      response.setContentType(type);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(body);
      // Committed now, or the container replaces the body after a failed authentication.
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away; nothing to tell it.
    }
  }
}
