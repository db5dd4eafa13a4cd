package io.atrium.payments.web.portal;

import io.atrium.identity.Caller;
import io.atrium.payments.Balance;
import io.atrium.payments.Balances;
import io.atrium.payments.Mandates;
import io.atrium.payments.PaymentIntent;
import io.atrium.payments.PaymentIntents;
import io.atrium.payments.gateway.Gateways;
import io.atrium.payments.gateway.TestGateway;
import io.atrium.shared.BusinessException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Pay" in the client space ({@code /portal/pay.xhtml?invoice=}): the invoice's due, paid by card
 * through the gateway, or a SEPA mandate associated for the next ones. The page's idempotency key
 * is made once per view, so a double click or a resent form charges once.
 */
@Named
@ViewScoped
public class PayBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PaymentIntents intents;

  @Inject Mandates mandates;

  @Inject Balances balances;

  @Inject Caller caller;

  @Inject Gateways gateways;

  private java.util.List<Balance> companyBalances = java.util.List.of();
  private boolean companyMember;

  private String key = UUID.randomUUID().toString();
  private long invoiceId;
  private PaymentIntents.Payable payable;
  private String card;
  private String iban;
  private String holder;
  private PaymentIntent.Status outcome;
  private String mandateLabel;

  private java.util.List<PaymentIntents.Payable> payables;

  /** With {@code ?invoice=}, that invoice to pay; without, every invoice left to pay. */
  public void load() {
    String named = Faces.getRequestParameter("invoice");
    if (named == null) {
      payables = intents.payables();
      Long company = caller.rights().companyId();
      if (company != null) {
        companyMember = true;
        companyBalances = balances.ofCompany(company);
      }
      return;
    }
    if (!named.matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    invoiceId = Long.parseLong(named);
    payable = intents.payable(invoiceId);
  }

  public void pay() {
    try {
      outcome = intents.pay(invoiceId, card, key).intent().getStatus();
      payable = intents.payable(invoiceId);
      if (outcome == PaymentIntent.Status.SUCCEEDED) {
        Messages.addGlobalInfo("payment.pay.succeeded");
      } else {
        if (outcome == PaymentIntent.Status.FAILED) {
          // A declined card is tried again with another: a new attempt, not the same one's answer.
          key = UUID.randomUUID().toString();
        }
        Messages.addGlobalWarn("payment.pay." + outcome.name().toLowerCase(java.util.Locale.ROOT));
      }
    } catch (BusinessException refused) {
      PageErrors.show(refused, "payForm");
    }
  }

  public void associateMandate() {
    try {
      mandateLabel = mandates.associate(iban, holder).getLabel();
      Messages.addGlobalInfo("payment.mandate.saved", mandateLabel);
    } catch (BusinessException refused) {
      PageErrors.show(refused, "mandateForm");
    }
  }

  /** The built-in gateway takes the payments: the page says no card is charged. */
  public boolean isTestGateway() {
    return TestGateway.NAME.equals(gateways.current().name());
  }

  /** SEPA debits euros only: an invoice in another currency is not offered a mandate. */
  public boolean isSepaOffered() {
    return payable != null && "EUR".equals(payable.getInvoice().getCurrency());
  }

  public boolean isCompanyMember() {
    return companyMember;
  }

  /** The company's outstanding balance, for its members who see its documents. */
  public java.util.List<Balance> getCompanyBalances() {
    return companyBalances;
  }

  public java.util.List<PaymentIntents.Payable> getPayables() {
    return payables;
  }

  public PaymentIntents.Payable getPayable() {
    return payable;
  }

  public PaymentIntent.Status getOutcome() {
    return outcome;
  }

  public String getMandateLabel() {
    return mandateLabel;
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = card;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }
}
