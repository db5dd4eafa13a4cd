package io.atrium.reception.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.reception.CheckInTokenException;
import io.atrium.reception.FrontDesk;
import io.atrium.reception.Visitor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * Reception → Kiosk: a device signed in as front-desk staff, whose QR scanner types the visitor's
 * token into the one field and presses Enter. A valid unused token marks the visitor arrived and
 * tells their host; anything else says why, and the field is ready for the next scan.
 */
@Named
@ViewScoped
public class KioskBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject FrontDesk desk;

  private String token;
  private Visitor welcomed;

  public void open() {
    caller.require(Area.VISITORS, Action.EDIT);
  }

  public void scan() {
    welcomed = null;
    try {
      welcomed = desk.arriveWithToken(token);
      Messages.addGlobalInfo("kiosk.welcome", welcomed.getFullName(), welcomed.getHostName());
    } catch (CheckInTokenException refused) {
      Messages.addGlobalError(refused.messageKey());
    }
    token = null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Visitor getWelcomed() {
    return welcomed;
  }
}
