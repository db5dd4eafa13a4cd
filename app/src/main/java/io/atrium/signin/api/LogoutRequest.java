package io.atrium.signin.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The refresh token whose family ends with this sign-out (the one the client holds now). */
public record LogoutRequest(
    @Schema(description = "the refresh token the client holds now; its whole family is revoked")
        @NotBlank
        @Text(max = 200)
        String refresh_token) {}
