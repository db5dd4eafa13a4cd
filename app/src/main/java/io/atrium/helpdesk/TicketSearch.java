package io.atrium.helpdesk;

import java.io.Serializable;

/**
 * What a ticket list asks for; null filters do not filter. {@code olderThanDays} keeps tickets
 * created more than that many days ago; {@code overdue} keeps open tickets past an SLA due time.
 * Newest first.
 */
public record TicketSearch(
    Long centreId,
    TicketType type,
    TicketStatus status,
    Long assigneeId,
    Boolean escalated,
    Integer olderThanDays,
    boolean overdue)
    implements Serializable {

  public static final TicketSearch ALL =
      new TicketSearch(null, null, null, null, null, null, false);
}
