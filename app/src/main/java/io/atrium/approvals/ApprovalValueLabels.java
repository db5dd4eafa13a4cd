package io.atrium.approvals;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The states of approval requests the audit log shows by their labels. */
@ApplicationScoped
public class ApprovalValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of("ApprovalRequest.state", ApprovalRequest.State.class);
  }
}
