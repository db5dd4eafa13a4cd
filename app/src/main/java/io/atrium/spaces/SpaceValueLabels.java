package io.atrium.spaces;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The kinds and states of spaces, and the states of their assets, the audit log shows by their
 * labels.
 */
@ApplicationScoped
public class SpaceValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "Space.kind",
        Space.Kind.class,
        "Space.status",
        Space.Status.class,
        "Asset.state",
        Asset.State.class);
  }
}
