package io.atrium.invoicing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new manual invoice: the centre, and the company or (B2C) the member it is for. */
@Schema(name = "InvoiceDraftForm")
public record DraftForm(
    @Schema(required = true, description = "one of the caller's centres") Long centreId,
    @Schema(description = "the buyer company; or give memberId") Long companyId,
    @Schema(description = "the buyer member (B2C); or give companyId") Long memberId) {}
