package io.atrium.billing;

import io.atrium.shared.BusinessException;

/**
 * A run that cannot start or resume now: another run of the centre is running, or this one is
 * complete or still held by a live server. The key is {@code billing.run.refused.<reason>}.
 */
public class BillingRunException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public BillingRunException(String reason) {
    super(409, "billing.run.refused." + reason);
  }
}
