package io.atrium.web;

import org.omnifaces.util.Faces;

/** Where this site is, as the current request reached it. */
public final class Site {

  private Site() {}

  /** The site's address without a trailing slash, for links sent by e-mail. */
  public static String url() {
    String base = Faces.getRequestBaseURL();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
