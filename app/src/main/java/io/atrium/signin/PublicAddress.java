package io.atrium.signin;

import io.atrium.notifications.SiteAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach Atrium at, the only base of the links Atrium e-mails (activation,
 * password reset, and through {@link SiteAddress} every mail about a page). It comes from
 * configuration, never from a request: a link built from the {@code Host} header of "forgot
 * password" would mail someone's reset token to whatever site the asker named. Without {@code
 * PUBLIC_URL}, the embedded (development) server uses its own {@code http://localhost:HTTP_PORT}
 * and warns at start; any other server refuses to start.
 */
@ApplicationScoped
public class PublicAddress implements SiteAddress {

  private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

  @Inject
  @ConfigProperty(name = "public.url", defaultValue = "")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "http.port", defaultValue = "9080")
  int httpPort;

  @Inject
  @ConfigProperty(name = "db.embedded", defaultValue = "true")
  boolean embedded;

  private volatile String base;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      Resolved resolved = resolve(publicUrl.orElse(""), embedded, httpPort);
      resolved.warning().ifPresent(LOG::warning);
      base = resolved.base();
    } catch (IllegalStateException e) {
      LOG.severe(e.getMessage());
      throw e;
    }
  }

  /** The base of every link in mails, without a trailing slash: {@code https://app.example.com}. */
  @Override
  public String base() {
    String resolved = base;
    if (resolved == null) {
      resolved = resolve(publicUrl.orElse(""), embedded, httpPort).base();
      base = resolved;
    }
    return resolved;
  }

  /**
   * The decision, apart from the server: {@code PUBLIC_URL} when set (an absolute http or https
   * address); without it, the embedded server's own address with a warning; otherwise a refusal.
   *
   * @throws IllegalStateException with the one line the log shows when the server must not start
   */
  static Resolved resolve(String publicUrl, boolean embedded, int httpPort) {
    String configured = publicUrl == null ? "" : publicUrl.trim();
    if (!configured.isEmpty()) {
      URI uri;
      try {
        uri = URI.create(configured);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(invalid(configured));
      }
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null
          || uri.getQuery() != null
          || uri.getFragment() != null) {
        throw new IllegalStateException(invalid(configured));
      }
      return new Resolved(trimSlash(configured), Optional.empty());
    }
    if (!embedded) {
      throw new IllegalStateException(
          "PUBLIC_URL is not set: Atrium does not start without it outside the embedded"
              + " development mode, as the links it e-mails (activation, password reset) must"
              + " point to the address people reach it at, e.g. PUBLIC_URL=https://app.example.com");
    }
    String local = "http://localhost:" + httpPort;
    return new Resolved(
        local,
        Optional.of(
            "PUBLIC_URL is not set: links in e-mails point to "
                + local
                + " (development only); set PUBLIC_URL to the address people reach Atrium at"));
  }

  private static String invalid(String configured) {
    return "PUBLIC_URL is not an absolute http(s) address without query: '"
        + configured
        + "'; Atrium does not start with it";
  }

  private static String trimSlash(String url) {
    String trimmed = url;
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  /** The base of links, and the warning to log at start, if any. */
  record Resolved(String base, Optional<String> warning) {}
}
