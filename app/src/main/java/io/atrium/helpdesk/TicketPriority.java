package io.atrium.helpdesk;

import java.util.Locale;

/**
 * How urgent the requester or staff say a ticket is. It orders the queue's attention; the SLA
 * targets follow the type alone (package rule 6).
 */
public enum TicketPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  public String getLabelKey() {
    return "ticket.priority." + name().toLowerCase(Locale.ROOT);
  }
}
