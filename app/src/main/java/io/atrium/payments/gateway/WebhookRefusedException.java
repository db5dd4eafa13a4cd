package io.atrium.payments.gateway;

import io.atrium.shared.BusinessException;

/** A webhook whose signature does not hold, or whose body cannot be read: answered 400. */
public class WebhookRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public WebhookRefusedException() {
    super(400, "payment.webhook.refused");
  }
}
