package io.atrium.billing.web;

import io.atrium.billing.BillingRuns;
import io.atrium.billing.Preview;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.web.TableRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The preview's invoices, a page at a time: only the page shown is planned and kept. */
public class PreviewRows extends TableRows<Invoice> {

  private static final long serialVersionUID = 1L;

  private final BillingRuns runs;
  private final Preview preview;

  PreviewRows(BillingRuns runs, Preview preview) {
    this.runs = runs;
    this.preview = preview;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return preview.count();
  }

  @Override
  public List<Invoice> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return runs.previewPage(preview, first / Preview.PAGE);
  }

  @Override
  public String getRowKey(Invoice invoice) {
    // Unsaved: no id yet. A payer has one invoice per contract at most.
    long payer =
        invoice.getCompany() != null ? invoice.getCompany().getId() : invoice.getMember().getId();
    return payer + ":" + invoice.getContractId();
  }
}
