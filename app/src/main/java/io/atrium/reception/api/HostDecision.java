package io.atrium.reception.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The host's answer to a visitor waiting at the desk. */
public record HostDecision(
    @Schema(
            required = true,
            enumeration = {"APPROVE", "DECLINE"})
        String decision) {}
