package io.atrium.consumptions.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The consumptions to bill together: unbilled, of one payer at one centre. */
public record InvoiceRequest(
    @Schema(required = true, description = "ids of the consumptions, at most 500")
        List<Long> ids) {}
