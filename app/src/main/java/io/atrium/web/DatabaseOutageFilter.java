package io.atrium.web;

import io.atrium.shared.api.Problem;
import io.atrium.shared.api.Problems;
import io.atrium.shared.database.DatabaseOutage;
import io.atrium.shared.i18n.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * A request that fails because the database is out of reach answers 503 with {@code Retry-After}: a
 * page gets a short error page in the reader's language, an API call problem+json (the API's own
 * failures are mapped the same way by {@code shared.api.ProblemMapper}; this catches those thrown
 * before JAX-RS, such as the rights read for every page). It is the first filter of every request
 * (web.xml), so whatever layer met the outage, the answer is the same.
 *
 * <p>The page is written here rather than by a Faces error page: the usual error pages draw the
 * tenant's brand and look up the signed-in person's language, both in the database that is down.
 */
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

  /** The language switch's cookie ({@link UserLocale}). */
  private static final String LANGUAGE_COOKIE = "atrium_lang";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } catch (ServletException | IOException | RuntimeException failure) {
      var outage = DatabaseOutage.cause(failure);
      if (res.isCommitted() || outage.isEmpty()) {
        throw failure;
      }
      // One line, no stack trace: during an outage every request would log one.
      LOG.warning("Database unreachable, answered 503: " + outage.get());
      answer(req, res);
    }
  }

  private static void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.resetBuffer();
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
    res.setHeader("Cache-Control", "no-store");
    res.setCharacterEncoding("UTF-8");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/api/")) {
      Locale locale = Problems.locale(Collections.list(req.getLocales()));
      res.setContentType(Problem.MEDIA_TYPE);
      res.getWriter()
          .write(
              Problems.json(
                  Problems.of(503, "problem.detail.503", null, locale, req.getRequestURI())));
    } else if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      // An ajax click: PrimeFaces follows a redirect, so the page is asked for again and shows
      // the page below while the database is down, or itself once it is back.
      res.setStatus(HttpServletResponse.SC_OK);
      res.setContentType("text/xml");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + escape(req.getRequestURI())
                  + "\"/></partial-response>");
    } else {
      res.setContentType("text/html");
      res.getWriter().write(page(req, Texts.bundle(language(req))));
    }
  }

  /** The switch's choice, else the browser's: the profile's language is in the database. */
  private static Locale language(HttpServletRequest req) {
    if (req.getCookies() != null) {
      Locale picked =
          Arrays.stream(req.getCookies())
              .filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
              .map(Cookie::getValue)
              .map(Texts::byCode)
              .filter(l -> l != null)
              .findFirst()
              .orElse(null);
      if (picked != null) {
        return picked;
      }
    }
    return Problems.locale(Collections.list(req.getLocales()));
  }

  /** The shape of the other error pages (error.xhtml): the status, a title, a line, a way on. */
  static String page(HttpServletRequest req, ResourceBundle texts) {
    String base = req.getContextPath();
    String title = escape(texts.getString("error.503.title"));
    return "<!DOCTYPE html>\n<html lang=\""
        + texts.getLocale().getLanguage()
        + "\"><head><meta charset=\"utf-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        + "<title>"
        + title
        + " · Atrium</title>"
        + "<link rel=\"stylesheet\" href=\""
        + base
        + "/jakarta.faces.resource/atrium/atrium.css.xhtml\"/></head>"
        + "<body class=\"plain\"><main class=\"plain-content\" id=\"content\">"
        + "<section class=\"card error-card\" id=\"error\" data-status=\"503\">"
        + "<div class=\"error-code\" aria-hidden=\"true\">503</div><h1>"
        + title
        + "</h1><p>"
        + escape(texts.getString("error.503.text"))
        + "</p><p class=\"error-actions\"><a class=\"ui-button ui-widget ui-corner-all\" href=\""
        + escape(
            req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString()))
        + "\"><span class=\"ui-button-text ui-c\">"
        + escape(texts.getString("error.503.retry"))
        + "</span></a></p></section></main></body></html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
