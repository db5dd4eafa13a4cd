package io.atrium.payments.gateway;

import io.atrium.shared.BusinessException;

/** The provider could not be reached or answered an error that is not the card's: 502. */
public class GatewayFailedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public GatewayFailedException() {
    super(502, "payment.gateway.failed");
  }
}
