package io.atrium.helpdesk.api;

import io.atrium.helpdesk.Ticket;
import java.time.Instant;

/**
 * One ticket in a list.
 *
 * @param number unique within its centre, e.g. PAR1-00042
 * @param centre the centre's code
 * @param status NEW (document 000: Open), IN_PROGRESS, SOLVED (Resolved) or CLOSED
 * @param escalationLevel 0 (not escalated) to 3
 * @param overdue an SLA due time (first response or resolution) has passed while it is open
 */
public record TicketSummary(
    long id,
    String number,
    String centre,
    String type,
    String priority,
    String title,
    String status,
    int escalationLevel,
    String requester,
    String assignee,
    Instant createdAt,
    Instant firstResponseDue,
    Instant resolutionDue,
    boolean overdue) {

  static TicketSummary of(Ticket ticket, Instant now) {
    return new TicketSummary(
        ticket.getId(),
        ticket.getNumber(),
        ticket.getCentre().getCode(),
        ticket.getType().name(),
        ticket.getPriority().name(),
        ticket.getTitle(),
        ticket.getStatus().name(),
        ticket.getEscalationLevel(),
        ticket.getRequesterName(),
        ticket.getAssignee() == null ? null : ticket.getAssignee().getFullName(),
        ticket.getCreatedAt(),
        ticket.getFirstResponseDue(),
        ticket.getResolutionDue(),
        ticket.overdue(now));
  }
}
