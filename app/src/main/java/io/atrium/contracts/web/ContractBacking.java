package io.atrium.contracts.web;

import io.atrium.consumptions.Consumption;
import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractAmounts;
import io.atrium.contracts.ContractDraft;
import io.atrium.contracts.ContractLine;
import io.atrium.contracts.ContractRecords;
import io.atrium.contracts.Contracts;
import io.atrium.identity.Caller;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A contract's page ({@code ?id=}), or a new draft ({@code ?company=} or {@code ?member=} to start
 * with its client): the facts, the draft's form with its lines ({@link LineEditor}), and the tabs
 * of its invoices and consumptions. The life cycle's dialogs are {@link ContractStepsBacking}'s.
 */
@Named
@ViewScoped
public class ContractBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Contracts contracts;

  @Inject ContractRecords records;

  @Inject Caller caller;

  @Inject LineEditor editor;

  private Contract contract;
  private ContractDraft draft = new ContractDraft();
  private List<LineRow> rows = new ArrayList<>();
  private List<Invoice> invoices = List.of();
  private List<Consumption> consumptions = List.of();

  public void load() {
    Long id = ContractParams.id("id");
    if (id != null) {
      contract = contracts.get(id);
      draft = ContractDraft.of(contract);
      rows = new ArrayList<>(contract.getLines().stream().map(ContractBacking::row).toList());
      invoices = records.invoices(id);
      consumptions = records.consumptions(id);
      return;
    }
    caller.require(io.atrium.identity.Area.CONTRACTS, io.atrium.identity.Action.CREATE);
    draft.setCompanyId(ContractParams.id("company"));
    draft.setMemberId(ContractParams.id("member"));
    editor.startFor(draft);
  }

  /** Creates or saves the draft, priced again; then shows the contract's page. */
  public void save() throws IOException {
    try {
      Contract saved =
          contract == null ? contracts.create(draft) : contracts.update(contract.getId(), draft);
      Messages.addFlashGlobalInfo("contract.saved", saved.getReference());
      Faces.redirect(
          Faces.getRequestContextPath() + "/contracts/contract.xhtml?id=" + saved.getId());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
    }
  }

  /** Prices the line of the add-line form and appends it; the draft is saved by Save. */
  public void addLine() {
    LineRow row = editor.price(draft);
    if (row != null) {
      draft.getLines().add(row.line());
      rows.add(row);
    }
  }

  public void removeLine(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
      draft.getLines().remove(index);
    }
  }

  static LineRow row(ContractLine line) {
    return new LineRow(
        new ContractDraft.Line(
            line.getItem().getId(),
            line.getSpace() == null ? null : line.getSpace().getId(),
            line.getQuantity(),
            line.getDiscountPercent()),
        line.getKind().getLabelKey(),
        line.getDescription(),
        line.getUnitPrice(),
        line.getDiscountPercent(),
        ContractAmounts.monthly(line),
        null);
  }

  /** Whether the form is open: a new draft, or a draft the caller may edit. */
  public boolean isEditable() {
    return contract == null
        ? caller.can("contracts:create")
        : contract.getStatus() == Contract.Status.DRAFT
            && contract.getApproval() != Contract.Approval.PENDING
            && caller.can("contracts:edit");
  }

  public String getClientName() {
    return contract == null ? null : Contracts.clientName(contract);
  }

  public Contract getContract() {
    return contract;
  }

  public ContractDraft getDraft() {
    return draft;
  }

  public List<LineRow> getRows() {
    return rows;
  }

  public List<Invoice> getInvoices() {
    return invoices;
  }

  public List<Consumption> getConsumptions() {
    return consumptions;
  }

  public String getCurrency() {
    return contract != null ? contract.getCurrency() : editor.currency(draft);
  }
}
