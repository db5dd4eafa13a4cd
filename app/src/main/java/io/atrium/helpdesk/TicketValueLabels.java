package io.atrium.helpdesk;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The types, priorities and states of tickets the audit log shows by their labels. */
@ApplicationScoped
public class TicketValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "Ticket.type",
        TicketType.class,
        "Ticket.priority",
        TicketPriority.class,
        "Ticket.status",
        TicketStatus.class);
  }
}
