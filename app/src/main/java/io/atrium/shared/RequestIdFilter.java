package io.atrium.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, so one request can be followed from the client through logs and the
 * audit log: the caller's {@code X-Request-Id} when it is a sane token (a proxy or the mobile app
 * may set one), else a new UUID. The id is a request attribute ({@link #ATTRIBUTE}) and is sent
 * back in the response's {@code X-Request-Id}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = RequestIdFilter.class.getName();

  /** Letters, digits and {@code . _ : -}, at most 64: nothing that could forge a log line. */
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String id = idFor(req.getHeader(HEADER));
    req.setAttribute(ATTRIBUTE, id);
    res.setHeader(HEADER, id);
    chain.doFilter(req, res);
  }

  /** The incoming id if it is sane, else a new one. */
  static String idFor(String incoming) {
    return incoming != null && SANE.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }

  /** The id of the request, or null outside one (background work) or before this filter ran. */
  public static String of(HttpServletRequest request) {
    return (String) request.getAttribute(ATTRIBUTE);
  }
}
