package io.atrium.signin;

import io.atrium.identity.Caller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * Ends the page session of someone who may no longer act: a deactivated staff member, a disabled
 * member, anyone of a suspended tenant. Their next page is the sign-in form. The rights it reads
 * are the ones {@link Caller} loads once per request anyway, so this adds no query.
 *
 * <p>A page opened by GET (no form posted) only reads: its view action loads what it shows and the
 * page is drawn in a read transaction ({@code io.atrium.web.RenderTransaction}). So this check, the
 * view action and the drawing share one transaction, which binds the tenant once, instead of three
 * transactions each binding it again. Posted forms keep a transaction per command: their reading of
 * the rights stays on its own.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LapsedSessions extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Caller caller;

  @Resource transient UserTransaction transaction;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // Pages only, asked before the session: a clustered server reads a session from the cache
    // and writes it back once asked for it, and API calls never use it (bearer tokens only).
    if (!PageAccess.isPage(path)) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session == null || caller.principal().filter(p -> !p.platform()).isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    // Open pages work for the tenant they name (a link's), maybe not the caller's: not joined.
    boolean reading = "GET".equals(request.getMethod()) && !PageAccess.isOpen(path) && begin();
    boolean done = false;
    try {
      if (!caller.rights().active()) {
        session.invalidate();
        PageAccess.redirect(request, response, "/login.xhtml");
      } else {
        chain.doFilter(request, response);
      }
      done = true;
    } finally {
      if (reading) {
        end(done);
      }
    }
  }

  private boolean begin() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        return false;
      }
      transaction.begin();
      return true;
    } catch (Exception e) {
      throw new IllegalStateException("Could not begin the page's transaction", e);
    }
  }

  /** Commits what the page read; anything else (a failure, a rollback mark) rolls back. */
  private void end(boolean done) {
    try {
      if (done && transaction.getStatus() == Status.STATUS_ACTIVE) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not end the page's transaction", e);
    }
  }
}
