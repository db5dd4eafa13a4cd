package io.atrium.community;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The states of events and of members' answers the audit log shows by their labels. */
@ApplicationScoped
public class CommunityValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "CommunityEvent.state", CommunityEvent.State.class, "Rsvp.status", Rsvp.Status.class);
  }
}
