package io.atrium.web;

import io.atrium.shared.files.UploadFileNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Drops the files of a page's upload whose names {@link UploadFileNames} refuses, before Faces
 * decodes them, and marks the request so the page says why: left to the upload component, a NUL in
 * the name failed the whole request (the error page) and a '/' or '<' dropped the file silently.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class UploadNameFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType();
    if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
      chain.doFilter(req, res);
      return;
    }
    List<Part> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    Collection<Part> parts;
    try {
      parts = req.getParts();
    } catch (IllegalStateException | ServletException overLimits) {
      // Over the multipart limits: the page's own decoding reports it as before.
      chain.doFilter(req, res);
      return;
    }
    for (Part part : parts) {
      if (acceptable(part)) {
        kept.add(part);
      } else {
        dropped.add(part.getName());
      }
    }
    if (dropped.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    req.setAttribute(UploadFileNames.REFUSED, Boolean.TRUE);
    chain.doFilter(
        new HttpServletRequestWrapper(req) {
          @Override
          public Collection<Part> getParts() {
            return List.copyOf(kept);
          }

          @Override
          public Part getPart(String name) {
            return dropped.contains(name)
                ? null
                : kept.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
          }
        },
        res);
  }

  /** A form field, or a file whose name is taken (none chosen: an empty name). */
  private static boolean acceptable(Part part) {
    try {
      String name = part.getSubmittedFileName();
      return name == null || name.isEmpty() || UploadFileNames.acceptable(name);
    } catch (RuntimeException unreadable) {
      // The container's multipart reader refuses some names (a NUL) only when asked for them.
      return false;
    }
  }
}
