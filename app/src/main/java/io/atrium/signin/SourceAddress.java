package io.atrium.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, and whether it came over HTTPS, as far as it can be known. Headers
 * such as {@code X-Forwarded-For} are written by whoever sends the request, so they count only when
 * the connection itself comes from a proxy named in {@code TRUSTED_PROXIES}; otherwise a stranger
 * could pose as any address, or dodge the sign-in throttle by naming a new one each time.
 */
@ApplicationScoped
public class SourceAddress {

  @Inject
  @ConfigProperty(name = "trusted.proxies", defaultValue = "")
  Optional<String> trustedProxies;

  private volatile Set<String> trusted;

  /** The client's address: the connection's, or what a trusted proxy says it forwarded. */
  public String of(HttpServletRequest request) {
    return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
  }

  /** Whether the client's leg was HTTPS: this connection, or a trusted proxy's own connection. */
  public boolean secure(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    return trusted().contains(request.getRemoteAddr())
        && "https".equalsIgnoreCase(String.valueOf(request.getHeader("X-Forwarded-Proto")).trim());
  }

  /**
   * The address a request came from. The right-most entry of X-Forwarded-For that is not itself a
   * trusted proxy is the first one no trusted hop can vouch for: entries left of it are the
   * client's own claims.
   */
  static String resolve(String remoteAddr, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(remoteAddr)) {
      return remoteAddr;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop;
      }
    }
    return remoteAddr;
  }

  static Set<String> parse(String list) {
    return list == null
        ? Set.of()
        : Arrays.stream(list.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  private Set<String> trusted() {
    Set<String> parsed = trusted;
    if (parsed == null) {
      parsed = parse(trustedProxies.orElse(""));
      trusted = parsed;
    }
    return parsed;
  }
}
