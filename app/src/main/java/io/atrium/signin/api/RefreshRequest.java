package io.atrium.signin.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"refresh_token":"..."}} */
public record RefreshRequest(
    @Schema(description = "the refresh token of the last token pair (single use)")
        @NotBlank
        @Text(max = 200)
        String refresh_token) {}
