package io.atrium.web;

import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page that a service refuses with "not found" or "forbidden" answers 404 or 403 with the
 * matching error page, not 500: whatever wrapped the refusal on its way out of Faces (EL, Faces,
 * servlet exceptions), the first refusal in the chain of causes decides. Ajax requests get the same
 * pages from OmniFaces' FullAjaxExceptionHandler (exception types in web.xml).
 */
public class RefusalStatusFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } catch (ServletException | RuntimeException failure) {
      int status = status(failure);
      if (status == 0 || res.isCommitted()) {
        throw failure;
      }
      res.sendError(status);
    }
  }

  /** 404 or 403 for a refusal among the causes, else 0. */
  static int status(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 32; depth++) {
      if (cause instanceof NotFoundException) {
        return 404;
      }
      if (cause instanceof ForbiddenException) {
        return 403;
      }
      Throwable next =
          cause instanceof ServletException servlet && servlet.getRootCause() != null
              ? servlet.getRootCause()
              : cause.getCause();
      cause = next == cause ? null : next;
    }
    return 0;
  }
}
