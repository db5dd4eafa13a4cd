package io.atrium.billing;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The states of billing runs the audit log shows by their labels. */
@ApplicationScoped
public class BillingRunValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of("BillingRun.status", BillingRun.Status.class);
  }
}
