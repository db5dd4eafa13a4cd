package io.atrium.helpdesk.api;

/**
 * The status to move a ticket to: one of its allowedStatuses (reopening has its own endpoint).
 *
 * @param status SOLVED or CLOSED (IN_PROGRESS comes with the assignment)
 */
public record StatusChange(String status) {}
