package io.atrium.notifications;

/**
 * The address people reach Atrium at ({@code PUBLIC_URL}), the base of the links in mails. The
 * capability that owns the configuration provides it; notifications only prefix it to a mail's page
 * path, so no link is ever built from a request's {@code Host}.
 */
public interface SiteAddress {

  /** Without a trailing slash: {@code https://app.example.com}. */
  String base();
}
