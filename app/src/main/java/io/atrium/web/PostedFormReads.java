package io.atrium.web;

import io.atrium.signin.LapsedSessions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Ends the read transaction {@link LapsedSessions} opened for a posted form (a full or an ajax
 * postback) just before the form's command runs: what came before (restoring the view, converting
 * and validating what was posted) only read, and the command must start, and commit, a transaction
 * of its own. When no command runs (a form refused by its validations), the page is drawn in the
 * same read transaction.
 */
public class PostedFormReads implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.INVOKE_APPLICATION;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // A page opened by GET runs its view action in this phase too: it only reads, in the page's
    // one transaction (see LapsedSessions).
    if (faces.isPostback()) {
      LapsedSessions.endReading((HttpServletRequest) faces.getExternalContext().getRequest(), true);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing: the command's transaction is its own.
  }
}
