package io.atrium.payments;

import io.atrium.shared.BusinessException;

/**
 * A payment command the state of the money refuses: more than an invoice's due, more than the
 * payment's credit, an Idempotency-Key already used for another payment. The key is {@code
 * payment.refused.<reason>}.
 */
public class PaymentStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public PaymentStateException(int status, String reason, Object... arguments) {
    super(status, "payment.refused." + reason, arguments);
  }
}
