package io.atrium.daypasses;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The day pass states the audit log shows by their labels. */
@ApplicationScoped
public class DayPassValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of("DayPass.status", DayPass.Status.class, "DayPass.payment", DayPass.Payment.class);
  }
}
