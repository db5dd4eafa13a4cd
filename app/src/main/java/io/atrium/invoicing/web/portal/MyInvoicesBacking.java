package io.atrium.invoicing.web.portal;

import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.invoicing.InvoicePdf;
import io.atrium.invoicing.InvoiceSearch;
import io.atrium.invoicing.Invoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Mon entreprise → Mes factures et avoirs: the issued invoices and credit notes of the member's
 * company, for members whose company role grants company documents; an on-demand member's own.
 * Other members do not see the section.
 */
@Named
@RequestScoped
public class MyInvoicesBacking {

  private static final int SHOWN = 100;

  @Inject Caller caller;

  @Inject Invoices invoices;

  @Inject InvoicePdf pdf;

  private List<Invoices.Listed> rows;

  /** Whether the section shows: a company administrator, or an on-demand member. */
  public boolean isVisible() {
    if (!caller.isMember()) {
      return false;
    }
    return caller.may(ClientRight.COMPANY_DOCUMENTS) || companyless();
  }

  private boolean companyless() {
    return invoices.memberWithoutCompany();
  }

  public List<Invoices.Listed> getRows() {
    if (rows == null) {
      rows = isVisible() ? invoices.list(InvoiceSearch.ALL, 0, SHOWN) : List.of();
    }
    return rows;
  }

  public boolean isPdfAvailable() {
    return pdf.available();
  }

  public void download(long id) throws IOException {
    InvoicePdf.File file = pdf.of(id);
    Faces.sendFile(file.content(), file.name(), true);
  }
}
