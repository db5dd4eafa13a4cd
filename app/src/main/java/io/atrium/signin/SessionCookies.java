package io.atrium.signin;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} attribute: set once as the application starts (the only time
 * the Servlet API allows it) where every request is to be HTTPS, else added at each sign-in over
 * HTTPS ({@link #secureOn}). {@code HttpOnly} and {@code SameSite=Lax} come from server.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  /** Liberty's session cookie (server.xml does not rename it). */
  static final String NAME = "JSESSIONID";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig();
    boolean embedded = config.getOptionalValue("db.embedded", Boolean.class).orElse(true);
    String publicUrl = config.getOptionalValue("public.url", String.class).orElse("").trim();
    if (TransportSecurity.secureCookies(embedded, publicUrl)) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }

  /**
   * Sends the session cookie of a sign-in over HTTPS again, {@code Secure}, so that the signed-in
   * session id never travels over plain HTTP afterwards. Liberty writes its own cookie without the
   * attribute (it is per application there) and without showing it among the response's headers;
   * this one follows it, so browsers keep it. Liberty's value is its cache id, the session id and
   * the server's clone id, the first and last read from the cookie the request came with.
   */
  static void secureOn(HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    Cookie[] incoming = request.getCookies();
    if (session == null || incoming == null) {
      return;
    }
    Arrays.stream(incoming)
        .filter(c -> NAME.equals(c.getName()) && c.getValue().length() > 4)
        .findFirst()
        .map(c -> liberty(c.getValue(), session.getId()))
        .ifPresent(
            value -> {
              Cookie secure = new Cookie(NAME, value);
              secure.setPath("/");
              secure.setSecure(true);
              secure.setHttpOnly(true);
              secure.setAttribute("SameSite", "Lax");
              response.addCookie(secure);
            });
  }

  /** Liberty's cookie value for a session id, shaped like a previous value of this server. */
  static String liberty(String previousValue, String sessionId) {
    int clone = previousValue.indexOf(':');
    return previousValue.substring(0, 4)
        + sessionId
        + (clone < 0 ? "" : previousValue.substring(clone));
  }
}
