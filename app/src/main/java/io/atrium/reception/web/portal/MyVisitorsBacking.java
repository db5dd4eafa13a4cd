package io.atrium.reception.web.portal;

import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.reception.NewVisitor;
import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorLists;
import io.atrium.reception.VisitorSearch;
import io.atrium.reception.Visitors;
import io.atrium.reception.web.VisitorRows;
import io.atrium.shared.BusinessException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.omnifaces.util.Messages;

/**
 * "My visitors" in the client space: the visitors the member hosts or invited (their company's, for
 * an Administrator), Approve / Decline for those waiting at the desk, and the invite form (client
 * right APPOINTMENTS) for a visitor the member hosts at their own centre.
 */
@Named
@ViewScoped
public class MyVisitorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Formats formats;

  @Inject Caller caller;
  @Inject Members members;
  @Inject Visitors visitors;
  @Inject VisitorLists lists;

  private ZoneId zone;
  private VisitorRows rows;
  private NewVisitor form;

  public void load() {
    Member self = members.self();
    zone = self.getHomeCentre().zone();
    rows = new VisitorRows(lists, new VisitorSearch(null, null, null, null, null, null));
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
      startNew();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "invite");
    }
  }

  public void approve(long id) {
    decide(id, true, "visitor.approved");
  }

  public void decline(long id) {
    decide(id, false, "visitor.declined");
  }

  private void decide(long id, boolean approve, String doneKey) {
    PageErrors.step(() -> visitors.decide(id, approve), doneKey, "visitors");
  }

  /** Approve and Decline are offered to the host (or their company's Administrator) on arrival. */
  public boolean mayDecide(Visitor visitor) {
    return visitor.getState() == Visitor.State.ARRIVED
        && visitors.mayDecide(caller.getPrincipal(), visitor);
  }

  public boolean isMayInvite() {
    return caller.may(ClientRight.APPOINTMENTS);
  }

  public String stamp(java.time.Instant instant, ZoneId centreZone) {
    return formats.dateTime(instant, centreZone);
  }

  private void startNew() {
    form = new NewVisitor();
    form.setExpectedDate(LocalDate.now(zone));
    form.setVisitTime(LocalTime.now(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1));
  }

  public VisitorRows getRows() {
    return rows;
  }

  public NewVisitor getForm() {
    return form;
  }
}
