package io.atrium.signin.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"tenant":"lumiere","email":"...","password":"..."}} */
public record TokenRequest(
    @Schema(description = "the workspace (tenant) name", example = "lumiere")
        @NotBlank
        @Text(max = 63)
        String tenant,
    @Schema(description = "the person's e-mail address") @NotBlank @Text(max = 254) String email,
    @Schema(description = "their password", format = "password") @NotBlank @Text(max = 200)
        String password) {}
