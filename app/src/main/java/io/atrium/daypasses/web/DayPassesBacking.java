package io.atrium.daypasses.web;

import io.atrium.daypasses.DayPass;
import io.atrium.daypasses.DayPassChoices;
import io.atrium.daypasses.DayPassDetails;
import io.atrium.daypasses.DayPasses;
import io.atrium.directory.NewMember;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Bookings → Day passes (000 workflow 4): a centre's passes of a day; "New day pass" sells one to
 * an existing member or a new on-demand walk-in, for a workspace type and a date, paid by its
 * invoice (issued at once) or a payment link mailed to the member.
 */
@Named
@ViewScoped
public class DayPassesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject DayPasses passes;

  @Inject DayPassChoices choices;

  @Inject Centres centres;

  private List<Centre> centreChoices = List.of();
  private Long centreId;
  private LocalDate day;
  private List<DayPass> rows = List.of();

  private boolean walkIn;
  private Long memberId;
  private NewMember newMember = new NewMember();
  private Long itemId;
  private LocalDate passDay;
  private DayPass.Payment payment = DayPass.Payment.INVOICE;

  public void open() {
    caller.require(Area.DAY_PASSES, Action.READ);
    centreChoices = centres.visible();
    centreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    day = LocalDate.now(zone());
    load();
  }

  public void load() {
    rows = centreId == null ? List.of() : passes.list(new DayPasses.Search(centreId, day), 0, 500);
  }

  public void startNew() {
    walkIn = false;
    memberId = null;
    newMember = new NewMember();
    List<DayPassChoices.Choice> workspaces = getWorkspaces();
    itemId = workspaces.isEmpty() ? null : workspaces.get(0).id();
    passDay = day;
    payment = DayPass.Payment.INVOICE;
  }

  public void save() {
    DayPass sold =
        PageErrors.step(
            () ->
                passes.sell(
                    new DayPassDetails(
                        centreId,
                        walkIn ? null : memberId,
                        walkIn ? newMember : null,
                        itemId,
                        passDay,
                        payment)),
            switch (payment) {
              case CREDITS -> "dayPass.soldCredits";
              case MONTHLY -> "dayPass.soldMonthly";
              case INVOICE, PAYMENT_LINK -> "dayPass.sold";
            },
            "dayPass");
    if (sold != null) {
      day = sold.getDay();
      load();
    }
  }

  public void cancel(long id) {
    PageErrors.run(() -> passes.cancel(id), "dayPass.cancelledDone", "passes");
    load();
  }

  public boolean isMaySell() {
    return caller.can("day-passes:create");
  }

  public boolean isMayCancel() {
    return caller.can("day-passes:edit");
  }

  public List<DayPassChoices.Choice> getWorkspaces() {
    return choices.workspaces(centreId, "fr".equals(Faces.getLocale().getLanguage()));
  }

  public List<DayPassChoices.Choice> getMembers() {
    return isMaySell() ? choices.members(centreId) : List.of();
  }

  /**
   * A new walk-in is offered what works for them (invoice or payment link): with no company, no
   * contract and no credits, "billed with the month" and "credits" could only be refused.
   */
  public List<DayPass.Payment> getPayments() {
    return walkIn ? DayPasses.WALK_IN_PAYMENTS : List.of(DayPass.Payment.values());
  }

  /** Switching to a walk-in drops a payment they cannot use. */
  public void userTypeChanged() {
    if (!getPayments().contains(payment)) {
      payment = DayPass.Payment.INVOICE;
    }
  }

  private java.time.ZoneId zone() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(centreId))
        .map(Centre::zone)
        .findFirst()
        .orElse(ZoneOffset.UTC);
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

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public List<DayPass> getRows() {
    return rows;
  }

  public boolean isWalkIn() {
    return walkIn;
  }

  public void setWalkIn(boolean walkIn) {
    this.walkIn = walkIn;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public NewMember getNewMember() {
    return newMember;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public LocalDate getPassDay() {
    return passDay;
  }

  public void setPassDay(LocalDate passDay) {
    this.passDay = passDay;
  }

  public DayPass.Payment getPayment() {
    return payment;
  }

  public void setPayment(DayPass.Payment payment) {
    this.payment = payment;
  }
}
