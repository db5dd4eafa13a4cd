package io.atrium.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer says {@code Cache-Control: no-store}: answers carry tokens and personal data
 * that no browser, proxy or app cache may keep, whatever a resource would otherwise allow.
 */
@Provider
public class NoStore implements ContainerResponseFilter {

  public static final String VALUE = "no-store";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("Cache-Control", VALUE);
  }
}
