package io.atrium.reception.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.reception.Visitor;
import io.atrium.reception.Visitors;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.omnifaces.util.Messages;

/**
 * Reception → Invite Visitor (document 000, workflow 1, step 1): staff pre-register a visitor on
 * behalf of a member of one of their centres; the visitor is mailed a QR code and a calendar file.
 */
@Named
@ViewScoped
public class InviteVisitorBacking extends VisitorFormPage {

  private static final long serialVersionUID = 1L;

  @Inject Formats formats;

  @Inject Caller caller;

  @Inject Visitors visitors;

  public void open() {
    caller.require(Area.VISITORS, Action.CREATE);
    startNew();
  }

  public void invite() {
    try {
      Visitor invited = visitors.invite(form);
      Messages.addGlobalInfo(
          "visitor.invited",
          invited.getFullName(),
          invited.getEmail(),
          formats.date(invited.getExpectedDate()));
      Long centreId = form.getCentreId();
      startNew();
      form.setCentreId(centreId);
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "invite");
    }
  }

  /**
   * The next full hour on the centre's clock, as a starting point: tomorrow's first hour late in
   * the evening, never a time already past today.
   */
  private void startNew() {
    prepare();
    Centre centre = centre();
    if (centre != null) {
      ZonedDateTime next =
          ZonedDateTime.now(centre.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
      form.setExpectedDate(next.toLocalDate());
      form.setVisitTime(next.toLocalTime());
    }
  }
}
