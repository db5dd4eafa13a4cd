package io.atrium.payments.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.payments.OpenInvoices;
import io.atrium.payments.Payment;
import io.atrium.payments.Payments;
import io.atrium.shared.BusinessException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Apply the credit" ({@code ?payment=}): what a payment left over (an overpayment) goes to other
 * open invoices of the same payer, each with the amount typed for it. The payment is read as the
 * caller may read it: another tenant's, or one of a centre not theirs, is not found.
 */
@Named
@ViewScoped
public class ApplyCreditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Payments payments;

  @Inject OpenInvoices open;

  @Inject Caller caller;

  private long paymentId;
  private String payer;
  private String currency;
  private BigDecimal credit;
  private List<ShareRow> shares = new ArrayList<>();

  public void open() {
    caller.require(Area.PAYMENTS, Action.CREATE);
    String param = Faces.getRequestParameter("payment");
    if (param == null || !param.matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    paymentId = Long.parseLong(param);
    Payments.Detail detail = payments.get(paymentId);
    Payment payment = detail.payment();
    payer =
        payment.getCompany() != null
            ? payment.getCompany().getName()
            : payment.getMember().getFullName();
    currency = payment.getCurrency();
    credit = detail.credit();
    List<OpenInvoices.Open> invoices =
        payment.getCompany() != null
            ? open.ofCompany(payment.getCompany().getId())
            : open.ofMember(payment.getMember().getId());
    shares =
        new ArrayList<>(
            ShareRow.of(invoices).stream().filter(r -> r.getCurrency().equals(currency)).toList());
  }

  public void save() throws IOException {
    try {
      payments.applyCredit(paymentId, ShareRow.given(shares));
      Messages.addFlashGlobalInfo("payment.creditApplied");
      Faces.redirect(Faces.getRequestContextPath() + "/payments/list.xhtml");
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
    }
  }

  public String getPayer() {
    return payer;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getCredit() {
    return credit;
  }

  public List<ShareRow> getShares() {
    return shares;
  }
}
