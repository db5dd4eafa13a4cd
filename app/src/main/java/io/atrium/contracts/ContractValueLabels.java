package io.atrium.contracts;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The contract fields the audit log shows by their labels. */
@ApplicationScoped
public class ContractValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "Contract.status",
        Contract.Status.class,
        "Contract.billingTiming",
        Contract.BillingTiming.class,
        "Contract.paymentMethod",
        PaymentMethod.class,
        "Contract.method",
        Contract.SignatureMethod.class,
        "Contract.approval",
        Contract.Approval.class);
  }
}
