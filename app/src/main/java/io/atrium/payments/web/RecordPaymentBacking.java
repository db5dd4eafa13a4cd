package io.atrium.payments.web;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.CompanySearch;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.payments.NewPayment;
import io.atrium.payments.OpenInvoices;
import io.atrium.payments.Payment;
import io.atrium.payments.Payments;
import io.atrium.shared.BusinessException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Record a payment": the paying company (or the one a link names, {@code ?company=}), how, how
 * much, the day received, the reference, and how much goes to each of its open invoices; what is
 * left is the company's credit.
 */
@Named
@ViewScoped
public class RecordPaymentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Payments payments;

  @Inject OpenInvoices open;

  @Inject Companies companies;

  @Inject Caller caller;

  @Inject Centres centres;

  private Boolean euros;

  private List<Company> companyChoices;
  private Long companyId;
  private Payment.Method method = Payment.Method.TRANSFER;
  private java.math.BigDecimal amount;
  private LocalDate receivedOn = LocalDate.now(ZoneOffset.UTC);
  private String reference;
  private List<ShareRow> shares = new ArrayList<>();

  public void open() {
    caller.require(Area.PAYMENTS, Action.CREATE);
    companyChoices = companies.list(CompanySearch.active(), 0, 1000);
    String named = Faces.getRequestParameter("company");
    if (named != null && named.matches("\\d{1,18}")) {
      long id = Long.parseLong(named);
      // Another tenant's company, or one outside the caller's centres: not found, as everywhere.
      companyChoices.stream()
          .filter(c -> c.getId() == id)
          .findFirst()
          .orElseThrow(NotFoundException::new);
      payer(id);
      prefill(Faces.getRequestParameter("invoice"));
    }
  }

  /**
   * Opened from an invoice's page: that invoice takes what is due on it, and the amount is that
   * sum. Only the payer's own open invoices are rows, so any other id changes nothing.
   */
  private void prefill(String invoice) {
    if (invoice == null || !invoice.matches("\\d{1,18}")) {
      return;
    }
    long invoiceId = Long.parseLong(invoice);
    for (ShareRow row : shares) {
      if (row.getInvoiceId() == invoiceId) {
        row.setAmount(row.getDue());
        amount = row.getDue();
      }
    }
  }

  /** The payer changed: its open invoices, each with no amount yet. */
  public void payerChanged() {
    payer(companyId);
  }

  private void payer(Long id) {
    companyId = id;
    shares = new ArrayList<>();
    if (id == null) {
      return;
    }
    shares = ShareRow.of(open.ofCompany(id));
  }

  public void save() throws IOException {
    try {
      payments.record(
          new NewPayment(
              companyId,
              null,
              method,
              amount,
              receivedOn,
              reference,
              ShareRow.given(shares),
              null));
      Messages.addFlashGlobalInfo("payment.recorded");
      Faces.redirect(Faces.getRequestContextPath() + "/payments/list.xhtml");
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
    }
  }

  public List<Company> getCompanies() {
    return companyChoices;
  }

  /**
   * What money can have come by here: SEPA debits only euros, so only where a centre bills them.
   */
  public List<Payment.Method> getMethods() {
    if (euros == null) {
      euros = centres.visible().stream().anyMatch(c -> "EUR".equals(c.getCurrency()));
    }
    return Arrays.stream(Payment.Method.values())
        .filter(m -> m != Payment.Method.CREDIT && (m != Payment.Method.SEPA || euros))
        .toList();
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Payment.Method getMethod() {
    return method;
  }

  public void setMethod(Payment.Method method) {
    this.method = method;
  }

  public java.math.BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(java.math.BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public List<ShareRow> getShares() {
    return shares;
  }
}
