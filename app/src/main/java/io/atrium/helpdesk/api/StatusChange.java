package io.atrium.helpdesk.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The status to move a ticket to: one of its allowedStatuses (reopening has its own endpoint).
 *
 * @param status SOLVED or CLOSED (IN_PROGRESS comes with the assignment)
 */
public record StatusChange(
    @Schema(
            required = true,
            enumeration = {"SOLVED", "CLOSED"},
            description = "one of the ticket's allowedStatuses")
        @NotNull
        @Text(max = 20)
        String status) {}
