package io.atrium.daypasses.web.portal;

import io.atrium.daypasses.DayPass;
import io.atrium.daypasses.DayPassChoices;
import io.atrium.daypasses.DayPasses;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Espace client → Réservations, the day passes (issue 14: "members buy one in the client space"): a
 * workspace type of the member's centre and a day, paid from credits or with the month, and the
 * member's passes to come.
 */
@Named
@ViewScoped
public class MyDayPassesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DayPasses passes;

  @Inject DayPassChoices choices;

  @Inject Caller caller;

  private Long itemId;
  private LocalDate day;
  private DayPass.Payment payment = DayPass.Payment.MONTHLY;
  private List<DayPass> mine;

  public void buy() {
    if (PageErrors.step(() -> passes.buy(itemId, day, payment), "portal.dayPasses.bought", "pass")
        != null) {
      mine = null;
    }
  }

  /** Whether the member's role lets them buy what has a price. */
  public boolean isMayBuy() {
    return caller.may(ClientRight.PAID_BOOKINGS);
  }

  public List<DayPassChoices.Choice> getWorkspaces() {
    return caller.centres().ids().stream()
        .findFirst()
        .map(centre -> choices.workspaces(centre, "fr".equals(Faces.getLocale().getLanguage())))
        .orElse(List.of());
  }

  public List<DayPass.Payment> getPayments() {
    return List.of(DayPass.Payment.MONTHLY, DayPass.Payment.CREDITS);
  }

  public List<DayPass> getMine() {
    if (mine == null) {
      mine = passes.mine();
    }
    return mine;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public DayPass.Payment getPayment() {
    return payment;
  }

  public void setPayment(DayPass.Payment payment) {
    this.payment = payment;
  }
}
