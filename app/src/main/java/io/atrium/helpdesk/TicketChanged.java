package io.atrium.helpdesk;

/**
 * A ticket of a centre was raised or changed (any line of its activity). Observed to keep the
 * operations home's ticket figures live.
 */
public record TicketChanged(long tenantId, long centreId, long ticketId) {}
