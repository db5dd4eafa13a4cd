package io.atrium.invoicing.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A status the platform shows for a document, recorded by hand. */
@Schema(name = "LifecycleForm")
public record LifecycleForm(
    @Schema(
            required = true,
            description =
                "DEPOSITED, RECEIVED, APPROVED, REJECTED, REFUSED, DISPUTED, COLLECTED (France);"
                    + " IRN_GENERATED, IRN_CANCELLED (India)")
        @Text(max = 20)
        String status,
    @Schema(required = true, format = "date") @Text(max = 10) String date,
    @Schema(maxLength = 100) @Text(max = 100) String reference,
    @Schema(maxLength = 500) @Text(max = 500, multiline = true) String note) {}
