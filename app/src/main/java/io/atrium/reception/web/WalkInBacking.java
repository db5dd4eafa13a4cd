package io.atrium.reception.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.reception.FrontDesk;
import io.atrium.reception.Visitor;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Reception → Walk-in: a visitor with no invitation is registered at the desk as they arrive; their
 * host is told at once, and the dashboard shows them awaiting the host.
 */
@Named
@ViewScoped
public class WalkInBacking extends VisitorFormPage {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject FrontDesk desk;

  public void open() {
    caller.require(Area.VISITORS, Action.CREATE);
    prepare();
  }

  public void register() throws IOException {
    try {
      Visitor visitor = desk.walkIn(form);
      Messages.addFlashGlobalInfo("visitor.walkedIn", visitor.getFullName(), visitor.getHostName());
      Faces.redirect("reception/dashboard.xhtml?centre=%s", visitor.getCentre().getId());
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "walkIn");
    }
  }
}
