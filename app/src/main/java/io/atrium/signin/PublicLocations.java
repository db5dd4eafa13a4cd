package io.atrium.signin;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * The {@code Location} of every API answer (each 201 names what it made) on {@link PublicAddress}:
 * JAX-RS builds it from the request's {@code Host} and {@code X-Forwarded-Proto}, whoever sent
 * them, so {@code Host: evil.example} came back as {@code http://evil.example/api/bookings/2520}, a
 * link a shared cache could hand to others. Only the path and query of the built one are kept.
 */
@Provider
public class PublicLocations implements ContainerResponseFilter {

  @Inject PublicAddress address;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    URI location = response.getLocation();
    if (location != null) {
      response.getHeaders().putSingle(HttpHeaders.LOCATION, rebased(address.base(), location));
    }
  }

  /** The public base followed by the location's own path and query. */
  static URI rebased(String base, URI location) {
    if (location.isOpaque() || location.getRawPath() == null) {
      return location;
    }
    String query = location.getRawQuery();
    return URI.create(base + location.getRawPath() + (query == null ? "" : "?" + query));
  }
}
