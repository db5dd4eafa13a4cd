package io.atrium.signin;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} attribute, set once as the application starts (the only time
 * the Servlet API allows it); {@code HttpOnly} and {@code SameSite=Lax} come from server.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig();
    boolean embedded = config.getOptionalValue("db.embedded", Boolean.class).orElse(true);
    String publicUrl = config.getOptionalValue("public.url", String.class).orElse("").trim();
    if (TransportSecurity.secureCookies(embedded, publicUrl)) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
