package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which pages need whom. Sign-in and account links are open, and so is the visitor kiosk ({@code
 * /reception/kiosk/}: a tablet with no one signed in, whose own device token it checks itself, see
 * {@code io.atrium.reception.Kiosk}); the client space ({@code /portal}) is for members, {@code
 * /platform} for platform administrators, and every other page for staff. Anyone else is sent to
 * sign in, or to their own home page.
 */
@ApplicationScoped
public class PageAccess {

  /**
   * The WebSocket endpoint of live page updates (the notifications bell): open to every signed-in
   * person, as each socket only carries its own session's channels.
   */
  private static final String PUSH = "/omnifaces.push/";

  private static final List<String> OPEN =
      List.of(
          "/login.xhtml",
          "/account/",
          "/t/",
          "/reception/kiosk/",
          "/jakarta.faces.resource/",
          "/resources/",
          "/favicon.ico");

  /** Whether the request may go on; when not, a redirect has been sent. */
  public boolean admit(
      String path,
      AtriumPrincipal principal,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!isPage(path) || isOpen(path)) {
      return true;
    }
    if (principal == null) {
      // The query goes along: a mailed link (pay this invoice, answer this visitor) opens its own
      // document after sign-in, not the bare page.
      String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
      String target = query == null || query.isEmpty() ? path : path + "?" + query;
      String next = target.equals("/") ? "" : "?next=" + encode(target);
      redirect(request, response, "/login.xhtml" + next);
      return false;
    }
    String home = home(principal);
    boolean allowed =
        path.startsWith(PUSH)
            || switch (principal.kind()) {
              case MEMBER -> path.startsWith("/portal/");
              case PLATFORM -> path.startsWith("/platform/");
              case STAFF -> !path.startsWith("/portal/") && !path.startsWith("/platform/");
            };
    if (!allowed) {
      redirect(request, response, home);
      return false;
    }
    return true;
  }

  /**
   * Pages anyone may open (sign-in, account links, the kiosk): they name their tenant themselves.
   */
  public static boolean isOpen(String path) {
    return OPEN.stream().anyMatch(path::startsWith);
  }

  /** Faces pages and the site root; servlets and resources guard themselves. */
  static boolean isPage(String path) {
    return path.equals("/") || path.endsWith(".xhtml");
  }

  public static String home(AtriumPrincipal principal) {
    return switch (principal.kind()) {
      case MEMBER -> "/portal/index.xhtml";
      case PLATFORM -> "/platform/tenants.xhtml";
      case STAFF -> "/index.xhtml";
    };
  }

  /** Faces ajax requests need their redirect inside a partial response, or nothing happens. */
  static void redirect(HttpServletRequest request, HttpServletResponse response, String target) {
    String url = request.getContextPath() + target;
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        AtriumAuthentication.writeQuietly(
            response,
            200,
            "text/xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;")
                + "\"/></partial-response>");
      } else {
        response.sendRedirect(url);
      }
    } catch (IOException e) {
      // The client went away.
    }
  }

  private static String encode(String path) {
    return URLEncoder.encode(path, StandardCharsets.UTF_8);
  }
}
