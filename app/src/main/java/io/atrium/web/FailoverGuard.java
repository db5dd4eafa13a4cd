package io.atrium.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A form posted to a server other than the one that last drew a page for this session is not acted
 * on, unless its page rebuilds itself from the posted form. With several servers ({@code
 * CLUSTER=on}) the session and the view come over to another server when the first dies, but
 * MyFaces' view scope cannot be read back there (README, "Running more than one server"): the
 * page's bean would come back empty, and a click on it could fail, or worse, save over the wrong
 * thing. Such a postback restores no view, so Faces treats it as expired and the page reloads by
 * GET with the usual notice ("reloaded, please do it again"), still signed in. The visitor forms
 * rebuild their bean from what is posted ({@code reception.web.VisitorFormPage}) and go on.
 *
 * <p>With sticky sessions the server only changes when one goes away; on one server it never does.
 */
public class FailoverGuard extends ViewHandlerWrapper {

  /** The session attribute naming the server that last drew a page of the session. */
  static final String DRAWN_BY = "atrium.drawnBy";

  /** This server, for this run: a restarted server cannot read its old view scopes either. */
  private static final String SERVER = UUID.randomUUID().toString();

  /** Pages whose beans are rebuilt from the posted form, so their postbacks may go on elsewhere. */
  static final Set<String> REBUILT_FROM_THE_FORM =
      Set.of("/reception/invite.xhtml", "/reception/walk-in.xhtml");

  public FailoverGuard(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot restoreView(FacesContext context, String viewId) {
    if (drawnElsewhere(context) && !REBUILT_FROM_THE_FORM.contains(viewId)) {
      return null;
    }
    return super.restoreView(context, viewId);
  }

  @Override
  public void renderView(FacesContext context, UIViewRoot viewToRender) throws IOException {
    if (session(context) instanceof HttpSession session
        && !SERVER.equals(session.getAttribute(DRAWN_BY))) {
      session.setAttribute(DRAWN_BY, SERVER);
    }
    super.renderView(context, viewToRender);
  }

  private static boolean drawnElsewhere(FacesContext context) {
    return session(context) instanceof HttpSession session
        && session.getAttribute(DRAWN_BY) instanceof String server
        && !Objects.equals(server, SERVER);
  }

  private static Object session(FacesContext context) {
    return context.getExternalContext().getSession(false);
  }
}
