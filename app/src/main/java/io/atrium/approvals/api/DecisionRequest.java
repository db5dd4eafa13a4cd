package io.atrium.approvals.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An approver's answer to a request.
 *
 * @param decision APPROVE or REJECT
 * @param reason why; required to reject, at most 500 characters
 */
public record DecisionRequest(
    @Schema(
            enumeration = {"APPROVE", "REJECT"},
            required = true)
        String decision,
    @Schema(maxLength = 500, description = "required to reject") @Text(max = 500, multiline = true)
        String reason) {}
