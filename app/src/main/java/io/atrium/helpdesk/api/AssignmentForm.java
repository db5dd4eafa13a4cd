package io.atrium.helpdesk.api;

/**
 * Who gets the ticket: a staff member working in its centre whose role has tickets:edit.
 *
 * @param assigneeId the staff member's id
 */
public record AssignmentForm(Long assigneeId) {}
