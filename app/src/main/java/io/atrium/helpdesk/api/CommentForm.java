package io.atrium.helpdesk.api;

import io.atrium.shared.Text;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A comment; {@code internal} (staff only) makes it a note members never see.
 *
 * @param body the text, at most 5,000 characters
 */
public record CommentForm(
    @Schema(required = true, description = "the text; line breaks allowed", maxLength = 5000)
        @NotBlank
        @Text(max = 5000, multiline = true)
        String body,
    @Schema(description = "staff only: a note members never see") boolean internal) {}
