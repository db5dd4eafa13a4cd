package io.atrium.web;

import io.atrium.signin.LapsedSessions;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.behavior.ClientBehaviorHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Ends the read transaction {@link LapsedSessions} opened for a posted form (a full or an ajax
 * postback) just before the form's command runs: what came before (restoring the view, converting
 * and validating what was posted) only read, and the command must start, and commit, a transaction
 * of its own. When no command runs (a form refused by its validations), the page is drawn in the
 * same read transaction.
 *
 * <p>A lazy table asking for another page of its rows, another order or another filter runs no
 * command at all, so it reads on in the same transaction and is drawn in it: one transaction
 * instead of two (each one a connection check, a {@code BEGIN}, the tenant's binding and a commit).
 */
public class PostedFormReads implements PhaseListener {

  private static final long serialVersionUID = 1L;

  private static final String SOURCE = "jakarta.faces.source";

  /** The parameters a PrimeFaces table adds to its own paging, sorting and filtering requests. */
  private static final List<String> TABLE_OWN = List.of("_pagination", "_sorting", "_filtering");

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.INVOKE_APPLICATION;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // A page opened by GET runs its view action in this phase too: it only reads, in the page's
    // one transaction (see LapsedSessions).
    if (faces.isPostback()
        && !tableOwnRequest(
            faces.getExternalContext().getRequestParameterMap(),
            id -> quietTable(faces.getViewRoot().findComponent(id)))) {
      LapsedSessions.endReading((HttpServletRequest) faces.getExternalContext().getRequest(), true);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing: the command's transaction is its own.
  }

  /**
   * Whether a postback is a table's own request (paging, sorting, filtering) that runs nothing of
   * the page's: its source is a table ({@code quietTable} says whether the view holds one by that
   * id with no ajax listener, which would run in this phase). Anything else counts as a command.
   */
  static boolean tableOwnRequest(Map<String, String> params, Predicate<String> quietTable) {
    String source = params.get(SOURCE);
    if (source == null
        || TABLE_OWN.stream().noneMatch(s -> "true".equals(params.get(source + s)))) {
      return false;
    }
    try {
      return quietTable.test(source);
    } catch (IllegalArgumentException e) {
      return false; // an id the view cannot search
    }
  }

  private static boolean quietTable(UIComponent component) {
    return component instanceof UIData
        && component instanceof ClientBehaviorHolder holder
        && holder.getClientBehaviors().isEmpty();
  }
}
