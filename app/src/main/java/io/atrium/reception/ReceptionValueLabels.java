package io.atrium.reception;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The states of visitors and of kiosk tablets the audit log shows by their labels. */
@ApplicationScoped
public class ReceptionValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "Visitor.state", Visitor.State.class, "KioskDevice.state", KioskDevice.State.class);
  }
}
