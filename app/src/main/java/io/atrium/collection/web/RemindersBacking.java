package io.atrium.collection.web;

import io.atrium.collection.BillingTerms;
import io.atrium.collection.LateFeeInvoicing;
import io.atrium.collection.OverdueInvoice;
import io.atrium.collection.ReminderLevel;
import io.atrium.collection.Reminders;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.BusinessException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Finance → Reminders: the caller's centres' overdue invoices (filter {@code ?centre=}) with days
 * late, last reminder and late fees; "Send reminder" asks the level in a dialog; "Invoice late
 * fees" issues them. Sending and invoicing need invoices:edit.
 */
@Named
@ViewScoped
public class RemindersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reminders reminders;

  @Inject LateFeeInvoicing lateFees;

  @Inject BillingTerms terms;

  @Inject Centres centres;

  @Inject Caller caller;

  private Long centreId;
  private List<Centre> centreChoices;
  private List<OverdueInvoice> rows;
  private boolean lateFeesEnabled;
  private ZoneId zone;
  private Long selectedId;
  private String selectedNumber;
  private ReminderLevel level = ReminderLevel.FRIENDLY;

  public void open() {
    caller.require(Area.INVOICES, Action.READ);
    centreChoices = centres.visible();
    String centre = Faces.getRequestParameter("centre");
    if (centre != null && !centre.isBlank()) {
      try {
        centreId = centres.get(Long.parseLong(centre.strip())).getId();
      } catch (NumberFormatException e) {
        throw new NotFoundException();
      }
    }
    lateFeesEnabled = terms.settings().lateFeesEnabled();
    zone = terms.zone();
    load();
  }

  public void filter() {
    if (centreId != null) {
      centres.get(centreId);
    }
    load();
  }

  /** Opens the dialog for a row, with the level after the last one sent. */
  public void choose(long invoiceId) {
    OverdueInvoice row =
        rows.stream()
            .filter(r -> r.id() == invoiceId)
            .findFirst()
            .orElseThrow(NotFoundException::new);
    selectedId = row.id();
    selectedNumber = row.number();
    ReminderLevel last = row.lastLevel();
    level =
        last == null || last == ReminderLevel.FINAL
            ? ReminderLevel.FRIENDLY
            : ReminderLevel.values()[last.ordinal() + 1];
  }

  public void send() {
    try {
      reminders.send(selectedId, level);
      Messages.addGlobalInfo("collection.sent", selectedNumber);
      load();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "send");
    }
  }

  public void invoiceLateFees(long invoiceId) {
    try {
      Invoice issued = lateFees.invoice(invoiceId);
      Messages.addGlobalInfo("collection.latefees.issued", issued.getNumber());
      load();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "reminders");
    }
  }

  private void load() {
    rows = reminders.overdue(centreId);
  }

  public List<OverdueInvoice> getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public ReminderLevel[] getLevels() {
    return ReminderLevel.values();
  }

  /** The operator's zone, in which reminders' days are shown. */
  public ZoneId getZone() {
    return zone;
  }

  public boolean isLateFeesEnabled() {
    return lateFeesEnabled;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getSelectedNumber() {
    return selectedNumber;
  }

  public ReminderLevel getLevel() {
    return level;
  }

  public void setLevel(ReminderLevel level) {
    this.level = level;
  }
}
