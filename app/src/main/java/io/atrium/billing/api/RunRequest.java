package io.atrium.billing.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a billing run bills: a centre's calendar month, its invoices dated issueDate. */
public record RunRequest(
    @Schema(required = true, description = "one of the caller's centres") Long centreId,
    @Schema(required = true, example = "2026-12") @Text(max = 7) String month,
    @Schema(format = "date", description = "empty: today on the centre's clock") @Text(max = 10)
        String issueDate) {}
