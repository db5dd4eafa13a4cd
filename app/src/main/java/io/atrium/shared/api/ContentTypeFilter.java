package io.atrium.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * A Content-Type that cannot be parsed, or names no one type ({@code *}{@code /*}), is refused as a
 * 415 problem before the JAX-RS runtime sees it: left to it, {@code Content-Type: ;;} answered
 * {@code 400 text/html} with the body "false" (the header is parsed before any JAX-RS filter or
 * exception mapper runs), and a wildcard matched any resource.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ContentTypeFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String contentType = req.getHeader("Content-Type");
    if (contentType == null || readable(contentType)) {
      chain.doFilter(req, res);
      return;
    }
    var problem =
        Problems.of(
            415,
            "problem.detail.contentType",
            null,
            Problems.locale(Collections.list(req.getLocales())),
            req.getRequestURI());
    res.setStatus(415);
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter().write(Problems.json(problem));
  }

  static boolean readable(String contentType) {
    if (contentType.isBlank() || !contentType.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return false;
    }
    try {
      MediaType type = MediaType.valueOf(contentType);
      return !type.getType().isEmpty()
          && !type.getSubtype().isEmpty()
          && !type.isWildcardType()
          && !type.isWildcardSubtype();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
