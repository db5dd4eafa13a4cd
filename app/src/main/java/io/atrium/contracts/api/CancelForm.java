package io.atrium.contracts.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a draft or sent contract is cancelled. */
@Schema(name = "CancelForm")
public record CancelForm(
    @Schema(required = true, maxLength = 500) @Text(max = 500, multiline = true) String reason) {}
