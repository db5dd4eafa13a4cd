package io.atrium.access;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The access systems and the cards' states the audit log shows by their labels. */
@ApplicationScoped
public class AccessValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "AccessGrant.system", AccessGrant.System.class, "AccessCard.state", AccessCard.State.class);
  }
}
