package io.atrium.approvals.web;

import io.atrium.approvals.ApprovalInbox;
import io.atrium.approvals.ApprovalRequest;
import io.atrium.approvals.Approvals;
import io.atrium.approvals.Decision;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Approvals inbox: the discounts waiting for the caller's decision in their centres (a link may
 * name one: {@code ?centre=}), approve at once or reject with a reason in a dialog; the decided
 * ones in a second tab.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Approvals approvals;

  @Inject ApprovalInbox inbox;

  @Inject Centres centres;

  @Inject Caller caller;

  private ApprovalRows pending;
  private ApprovalRows decided;
  private List<Centre> centreChoices;
  private Long centreId;
  private Long rejecting;
  private String reason;

  /** Refuses callers without pricing:approve; an unseen centre in the link is not found. */
  public void open() {
    caller.require(Area.PRICING, Action.APPROVE);
    centreChoices = centres.visible();
    String centre = Faces.getRequestParameter("centre");
    if (centre != null && centre.matches("\\d{1,18}")) {
      centreId = centres.get(Long.parseLong(centre)).getId();
    }
    pending = new ApprovalRows(inbox, ApprovalRequest.State.PENDING, centreId);
    decided = new ApprovalRows(inbox, null, centreId);
  }

  public void filter() {
    pending.setCentreId(centreId);
    decided.setCentreId(centreId);
  }

  public void approve(long id) {
    PageErrors.step(
        () -> approvals.decide(id, Decision.APPROVE, null).getSummary(), "approval.done", "inbox");
  }

  /** Opens the reason dialog for this request. */
  public void startRejecting(long id) {
    rejecting = id;
    reason = null;
  }

  public void reject() {
    if (rejecting != null
        && PageErrors.run(
            () -> approvals.decide(rejecting, Decision.REJECT, reason),
            "approval.rejectedDone",
            "reject")) {
      rejecting = null;
    }
  }

  public ApprovalRows getPending() {
    return pending;
  }

  public ApprovalRows getDecided() {
    return decided;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
