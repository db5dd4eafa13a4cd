package io.atrium.invoicing.web;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemChoices;
import io.atrium.invoicing.Corrections;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceBalance;
import io.atrium.invoicing.InvoiceLifecycleEvent;
import io.atrium.invoicing.InvoicePdf;
import io.atrium.invoicing.Invoices;
import io.atrium.invoicing.LifecycleStatus;
import io.atrium.invoicing.Lifecycles;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * A document ({@code ?id=}): its facts, lines, payment state and e-invoice life cycle. A draft's
 * lines are typed here ({@link LineEditor}) and it is issued or deleted; an issued one is
 * downloaded, sent again, credited ({@link CreditForm}) or replaced by a corrective invoice.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Invoices invoices;

  @Inject Corrections corrections;

  @Inject Lifecycles lifecycles;

  @Inject InvoicePdf pdf;

  @Inject ItemChoices items;

  @Inject LineEditor lineEditor;

  @Inject CreditForm credit;

  @Inject LifecycleEntry lifecycleEntry;

  private long id;
  private Invoice invoice;
  private InvoiceBalance.Balance balance;
  private List<TaxRow> taxes;
  private List<InvoiceLifecycleEvent> timeline;
  private List<CatalogueItem> itemChoices;
  private java.time.LocalDate issueDate;

  public void open() {
    String param = Faces.getRequestParameter("id");
    if (param == null || !param.matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    id = Long.parseLong(param);
    load();
  }

  private void load() {
    Invoices.Listed read = invoices.get(id);
    invoice = read.invoice();
    balance = read.balance();
    taxes = TaxRow.of(invoice.getLines(), invoice.getCentre().getTaxScheme());
    timeline = invoice.isIssued() ? lifecycles.of(id) : List.of();
    itemChoices = invoice.isIssued() ? List.of() : items.offeredIn(invoice.getCentre().getId());
    credit.reset(invoice);
  }

  public void addLine() {
    if (PageErrors.run(() -> lineEditor.add(id), "invoice.line.added", "lineForm")) {
      lineEditor.clear();
      load();
    }
  }

  public void removeLine(long lineId) {
    if (PageErrors.run(() -> lineEditor.remove(id, lineId), "invoice.line.removed", "linesForm")) {
      load();
    }
  }

  public void issue() {
    if (PageErrors.run(() -> invoices.issue(id, issueDate), "invoice.issued", "issueForm")) {
      load();
    }
  }

  public String deleteDraft() {
    return PageErrors.run(() -> invoices.deleteDraft(id), "invoice.deleted", "issueForm")
        ? "/invoicing/list?faces-redirect=true"
        : null;
  }

  public String creditNote() {
    Invoice note =
        PageErrors.step(
            () -> corrections.creditNote(id, credit.lines()), "invoice.credited", "creditForm");
    return note == null ? null : "/invoicing/invoice?faces-redirect=true&id=" + note.getId();
  }

  public String corrective() {
    Invoice draft =
        PageErrors.step(() -> corrections.corrective(id), "invoice.corrective.made", "actionsForm");
    return draft == null ? null : "/invoicing/invoice?faces-redirect=true&id=" + draft.getId();
  }

  public void sendAgain() {
    PageErrors.run(
        () -> {
          if (!invoices.sendAgain(id)) {
            throw io.atrium.shared.InvalidFieldsException.of("email", "invoice.send.noAddress");
          }
        },
        "invoice.sent",
        "actionsForm");
  }

  public void recordLifecycle() {
    if (PageErrors.run(() -> lifecycleEntry.record(id), "lifecycle.recorded", "lifecycleForm")) {
      lifecycleEntry.clear();
      load();
    }
  }

  public void downloadPdf() throws IOException {
    InvoicePdf.File file = pdf.of(id);
    Faces.sendFile(file.content(), file.name(), true);
  }

  public boolean isPdfAvailable() {
    return invoice.isIssued() && pdf.available();
  }

  public List<LifecycleStatus> getLifecycleStatuses() {
    return LifecycleStatus.of(invoice.getCentre().getTaxScheme());
  }

  public Invoice getInvoice() {
    return invoice;
  }

  /** The taxes of the totals, one row per tax and rate. */
  public List<TaxRow> getTaxes() {
    return taxes;
  }

  public InvoiceBalance.Balance getBalance() {
    return balance;
  }

  public List<InvoiceLifecycleEvent> getTimeline() {
    return timeline;
  }

  public List<CatalogueItem> getItems() {
    return itemChoices;
  }

  public LineEditor getLine() {
    return lineEditor;
  }

  public CreditForm getCredit() {
    return credit;
  }

  public LifecycleEntry getLifecycle() {
    return lifecycleEntry;
  }

  public java.time.LocalDate getIssueDate() {
    return issueDate;
  }

  public void setIssueDate(java.time.LocalDate issueDate) {
    this.issueDate = issueDate;
  }
}
