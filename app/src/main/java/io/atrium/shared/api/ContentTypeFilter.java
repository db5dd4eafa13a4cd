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
 * 415 problem before the JAX-RS runtime sees it, and an unreadable Accept or Accept-Language as a
 * 400 problem: left to it, {@code Content-Type: ;;} answered {@code 400 text/html} with the body
 * "false" (the header is parsed before any JAX-RS filter or exception mapper runs), and a wildcard
 * matched any resource.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ContentTypeFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String contentType = req.getHeader("Content-Type");
    if (contentType != null && !readable(contentType)) {
      refuse(req, res, 415, "problem.detail.contentType");
    } else if (!acceptable(req.getHeader("Accept"))) {
      refuse(req, res, 400, "problem.detail.accept");
    } else if (!languages(req.getHeader("Accept-Language"))) {
      refuse(req, res, 400, "problem.detail.acceptLanguage");
    } else {
      chain.doFilter(req, res);
    }
  }

  private static void refuse(
      HttpServletRequest req, HttpServletResponse res, int status, String key) throws IOException {
    var problem =
        Problems.of(
            status,
            key,
            null,
            Problems.locale(Collections.list(req.getLocales())),
            req.getRequestURI());
    res.setStatus(status);
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter().write(Problems.json(problem));
  }

  /**
   * An Accept header whose every media range parses, with a q between 0 and 1: RESTEasy parses it
   * before any mapper runs, and answered {@code ;;;q=abc} with {@code 400 text/html} "false".
   */
  static boolean acceptable(String accept) {
    if (accept == null) {
      return true;
    }
    if (!printable(accept)) {
      return false;
    }
    for (String range : accept.split(",")) {
      if (range.isBlank()) {
        continue;
      }
      try {
        MediaType type = MediaType.valueOf(range.trim());
        String q = type.getParameters().get("q");
        if (type.getType().isEmpty() || type.getSubtype().isEmpty() || (q != null && !weight(q))) {
          return false;
        }
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * An Accept-Language whose weights are numbers from 0 to 1. RESTEasy reads the rest leniently
   * ({@code en_US}, empty entries) but refused {@code fr;q=abc} or {@code q=2} with that same
   * "false"; this keeps its leniency and answers what it refuses as a problem.
   */
  static boolean languages(String acceptLanguage) {
    if (acceptLanguage == null) {
      return true;
    }
    if (!printable(acceptLanguage)) {
      return false;
    }
    for (String language : acceptLanguage.split(",")) {
      String[] parts = language.split(";");
      for (int i = 1; i < parts.length; i++) {
        String[] parameter = parts[i].split("=", 2);
        if (parameter[0].trim().equals("q")
            && (parameter.length < 2 || !weight(parameter[1].trim()))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean weight(String q) {
    try {
      double w = Double.parseDouble(q);
      return w >= 0 && w <= 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean printable(String header) {
    return header.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  static boolean readable(String contentType) {
    if (contentType.isBlank() || !printable(contentType)) {
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
