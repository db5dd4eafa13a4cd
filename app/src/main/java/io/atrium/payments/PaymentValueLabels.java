package io.atrium.payments;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The payment methods the audit log shows by their labels. */
@ApplicationScoped
public class PaymentValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "Payment.method", Payment.Method.class, "PaymentIntent.status", PaymentIntent.Status.class);
  }
}
