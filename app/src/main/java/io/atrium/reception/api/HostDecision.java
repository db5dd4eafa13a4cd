package io.atrium.reception.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The host's answer to a visitor waiting at the desk. */
public record HostDecision(
    @Schema(
            required = true,
            enumeration = {"APPROVE", "DECLINE"})
        @NotNull
        @Text(max = 20)
        String decision) {}
