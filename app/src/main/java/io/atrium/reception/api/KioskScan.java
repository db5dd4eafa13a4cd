package io.atrium.reception.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a kiosk's QR scanner read: the visitor's check-in token. */
public record KioskScan(
    @Schema(required = true, description = "the check-in token the QR code holds")
        @NotBlank
        @Text(max = 200)
        String token) {}
