package io.atrium.payments.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.payments.Payment;
import io.atrium.payments.PaymentList;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Finance → Payments: the payments received in the caller's centres, newest first, with what each
 * still holds as credit; "Record a payment" opens the form.
 */
@Named
@ViewScoped
public class PaymentsListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PaymentList payments;

  @Inject Centres centres;

  @Inject Caller caller;

  private PaymentRows rows;
  private List<Centre> centreChoices;

  /** Refuses callers without payments:read before anything is shown. */
  public void open() {
    caller.require(Area.PAYMENTS, Action.READ);
    centreChoices = centres.visible();
    rows = new PaymentRows(payments);
  }

  public PaymentRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<Payment.Method> getMethods() {
    return Arrays.stream(Payment.Method.values()).filter(m -> m != Payment.Method.CREDIT).toList();
  }
}
