package io.atrium.invoicing;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The kinds of invoices and their e-invoicing statuses the audit log shows by their labels. */
@ApplicationScoped
public class InvoiceValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of("Invoice.kind", Invoice.Kind.class, "Invoice.status", LifecycleStatus.class);
  }
}
