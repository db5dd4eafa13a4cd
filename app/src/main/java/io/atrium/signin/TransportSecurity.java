package io.atrium.signin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outside the embedded (development) mode, where {@code PUBLIC_URL} is an https address, a request
 * that reached Atrium over plain HTTP is sent to the same path over HTTPS before anything else
 * happens, so no session cookie or password travels in clear. Behind a TLS-terminating proxy the
 * proxy's connection is plain HTTP: name the proxy in {@code TRUSTED_PROXIES} and have it send
 * {@code X-Forwarded-Proto: https} ({@link SourceAddress#secure}). Liberty's own {@code /health}
 * and {@code /openapi} are outside the application, so load-balancer checks keep working over HTTP.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TransportSecurity extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient SourceAddress source;

  @Inject transient PublicAddress address;

  @Inject
  @ConfigProperty(name = "db.embedded", defaultValue = "true")
  transient boolean embedded;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String pathAndQuery =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    Optional<String> https =
        httpsAddress(embedded, source.secure(request), address.base(), pathAndQuery);
    if (https.isPresent()) {
      boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      // 308 keeps the method and body of a POST; the client sent them in clear once, not again.
      response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
      response.setHeader("Location", https.get());
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Where to send a plain-HTTP request instead, if anywhere: only outside embedded mode and when
   * the public address is https (the request's path is kept, its Host is not used).
   */
  static Optional<String> httpsAddress(
      boolean embedded, boolean secure, String publicBase, String pathAndQuery) {
    if (embedded || secure || !publicBase.startsWith("https://")) {
      return Optional.empty();
    }
    return Optional.of(publicBase + pathAndQuery);
  }

  /**
   * Whether every session cookie carries {@code Secure}: always outside embedded mode, and in
   * embedded mode when the public address is https. Liberty sets the attribute once per
   * application, so an embedded server reached at an http address keeps plain cookies (clients
   * would not send Secure ones back over http), except for sign-ins over HTTPS ({@link
   * SessionCookies#secureOn}).
   */
  static boolean secureCookies(boolean embedded, String publicBase) {
    return !embedded || publicBase.startsWith("https://");
  }
}
