package io.atrium.invoicing.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.invoicing.BuyerChoices;
import io.atrium.invoicing.ChainChecks;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.Invoices;
import io.atrium.invoicing.PaymentState;
import io.atrium.shared.i18n.Texts;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Factures: the caller's centres' invoices and credit notes, newest first, with their payment state
 * ({@code ?centre=&status=&payment=}); "New invoice" makes a manual draft and opens it; "Verify the
 * chains" checks every footprint.
 */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Invoices invoices;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject BuyerChoices buyers;

  @Inject ChainChecks chains;

  private List<Centre> centreChoices;
  private InvoiceRows rows;
  private Long newCentreId;
  private Long newCompanyId;
  private Long newMemberId;
  private List<BuyerChoices.Choice> companies;
  private List<BuyerChoices.Choice> members;

  public void open() {
    caller.require(Area.INVOICES, Action.READ);
    centreChoices = centres.visible();
    rows = new InvoiceRows(invoices);
    String centre = Faces.getRequestParameter("centre");
    if (centre != null && centre.matches("\\d{1,18}")) {
      rows.setCentreId(centres.get(Long.parseLong(centre)).getId());
    }
    rows.setStatus(named(Invoice.Status.values(), Faces.getRequestParameter("status")));
    rows.setPayment(named(PaymentState.values(), Faces.getRequestParameter("payment")));
    rows.setKind(named(Invoice.Kind.values(), Faces.getRequestParameter("kind")));
    if (caller.can("invoices:create")) {
      companies = buyers.companies();
      members = buyers.onDemandMembers();
      newCentreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    }
  }

  /** Makes the draft and opens it. */
  public String create() {
    Invoice draft =
        PageErrors.step(
            () -> invoices.createDraft(newCentreId, newCompanyId, newMemberId),
            "invoice.created",
            "newForm");
    return draft == null ? null : "/invoicing/invoice?faces-redirect=true&id=" + draft.getId();
  }

  public void verify() {
    ChainChecks.Outcome outcome;
    try {
      outcome = chains.verifyAll();
    } catch (io.atrium.shared.BusinessException refused) {
      PageErrors.show(refused, "invoicesForm");
      return;
    }
    if (outcome.verified()) {
      Messages.addGlobalInfo("invoice.verify.ok", outcome.documents());
    } else {
      Messages.addGlobalError(
          "invoice.verify.broken",
          outcome.seriesCode(),
          outcome.broken().number() == null ? "—" : outcome.broken().number(),
          Texts.bundle(Faces.getLocale())
              .getString("invoice.verify.reason." + outcome.broken().reason()));
    }
  }

  private static <E extends Enum<E>> E named(E[] values, String name) {
    for (E value : values) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return null;
  }

  public InvoiceRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Invoice.Kind[] getKinds() {
    return Invoice.Kind.values();
  }

  public Invoice.Status[] getStatuses() {
    return Invoice.Status.values();
  }

  public PaymentState[] getPaymentStates() {
    return PaymentState.values();
  }

  public List<BuyerChoices.Choice> getCompanies() {
    return companies;
  }

  public List<BuyerChoices.Choice> getMembers() {
    return members;
  }

  public Long getNewCentreId() {
    return newCentreId;
  }

  public void setNewCentreId(Long newCentreId) {
    this.newCentreId = newCentreId;
  }

  public Long getNewCompanyId() {
    return newCompanyId;
  }

  public void setNewCompanyId(Long newCompanyId) {
    this.newCompanyId = newCompanyId;
  }

  public Long getNewMemberId() {
    return newMemberId;
  }

  public void setNewMemberId(Long newMemberId) {
    this.newMemberId = newMemberId;
  }
}
