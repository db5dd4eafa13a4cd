package io.atrium.helpdesk.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who gets the ticket: a staff member working in its centre whose role has tickets:edit.
 *
 * @param assigneeId the staff member's id
 */
public record AssignmentForm(
    @Schema(required = true, description = "the staff member's id") @NotNull Long assigneeId) {}
