package io.atrium.web;

import io.atrium.signin.PageAccess;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Draws a signed-in person's page in one transaction. Rendering only reads (the shell's tenant and
 * notices, a table's counts and rows), and each of those reads, left alone, opened its own
 * transaction, each binding the tenant again with a statement of its own: seven per dashboard page.
 * Joined in one, the tenant is bound once and the persistence context is shared. Actions run before
 * rendering, outside this transaction, so every command keeps its own transaction and its own
 * commit.
 *
 * <p>A read that fails inside the page marks the transaction for rollback; the page has then only
 * read, so the transaction is rolled back instead of committed, and the page shows what it drew, as
 * it did when each read had its own transaction.
 *
 * <p>Open pages (sign-in, account links, the kiosk) are drawn without it: they work for the tenant
 * a link or a device names, first looking it up in the registry, then reading as that tenant, two
 * transactions a single one cannot serve (a transaction is bound to one tenant).
 */
public class RenderTransaction extends ViewHandlerWrapper {

  private static final String USER_TRANSACTION = "java:comp/UserTransaction";

  /** The container's; it acts on the calling thread's transaction, so one serves every request. */
  private volatile UserTransaction transactions;

  public RenderTransaction(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void renderView(FacesContext context, UIViewRoot viewToRender) throws IOException {
    // Open pages (sign-in, account links, the kiosk), for anyone signed in or not, read under
    // explicit scopes, the platform's then a workspace's, and a transaction serves one scope.
    if (context.getExternalContext().getUserPrincipal() == null || open(context)) {
      getWrapped().renderView(context, viewToRender);
      return;
    }
    UserTransaction transaction = transactions();
    if (!begin(transaction)) {
      getWrapped().renderView(context, viewToRender);
      return;
    }
    boolean drawn = false;
    try {
      getWrapped().renderView(context, viewToRender);
      drawn = true;
    } finally {
      end(transaction, drawn);
    }
  }

  private static boolean open(FacesContext context) {
    var request = (HttpServletRequest) context.getExternalContext().getRequest();
    return PageAccess.isOpen(request.getRequestURI().substring(request.getContextPath().length()));
  }

  /** Begins a transaction, unless one is already under way (then the page joins it). */
  private static boolean begin(UserTransaction transaction) {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        return false;
      }
      transaction.begin();
      return true;
    } catch (NotSupportedException | SystemException e) {
      throw new FacesException("Could not begin the page's transaction", e);
    }
  }

  private static void end(UserTransaction transaction, boolean drawn) {
    try {
      if (drawn && transaction.getStatus() == Status.STATUS_ACTIVE) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new FacesException("Could not end the page's transaction", e);
    }
  }

  private UserTransaction transactions() {
    if (transactions == null) {
      try {
        transactions = (UserTransaction) new InitialContext().lookup(USER_TRANSACTION);
      } catch (NamingException e) {
        throw new FacesException("No UserTransaction", e);
      }
    }
    return transactions;
  }
}
