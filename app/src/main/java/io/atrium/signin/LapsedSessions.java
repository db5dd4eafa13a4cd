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
 * transactions each binding it again.
 *
 * <p>A posted form (a full or an ajax postback) reads too until its command runs: this check, the
 * page's language and tenant read as the view is restored, and the conversions and validations of
 * what was posted. They share one transaction as well, which {@code io.atrium.web.PostedFormReads}
 * ends just before the command, so that every command keeps its own transaction and its own commit.
 * Left alone, each of those reads opened a transaction that bound the tenant again: four per ajax
 * call of the reception dashboard's table, where there are now two.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LapsedSessions extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The request attribute holding the read transaction this filter began, while it is open. */
  private static final String READING = LapsedSessions.class.getName() + ".reading";

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
    String method = request.getMethod();
    boolean reading =
        ("GET".equals(method) || "POST".equals(method)) && !PageAccess.isOpen(path) && begin();
    if (reading) {
      request.setAttribute(READING, transaction);
    }
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
        endReading(request, done);
      }
    }
  }

  /**
   * Ends the request's read transaction, if this filter began one and it is still open: commits
   * what was read, or rolls back after a failure or a rollback mark.
   */
  public static void endReading(HttpServletRequest request, boolean done) {
    if (!(request.getAttribute(READING) instanceof UserTransaction reading)) {
      return;
    }
    request.removeAttribute(READING);
    try {
      if (done && reading.getStatus() == Status.STATUS_ACTIVE) {
        reading.commit();
      } else if (reading.getStatus() != Status.STATUS_NO_TRANSACTION) {
        reading.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not end the page's transaction", e);
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
}
