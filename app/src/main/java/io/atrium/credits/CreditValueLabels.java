package io.atrium.credits;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The credit units the audit log shows by their labels. */
@ApplicationScoped
public class CreditValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of("CreditPool.unit", CreditPool.Unit.class);
  }
}
