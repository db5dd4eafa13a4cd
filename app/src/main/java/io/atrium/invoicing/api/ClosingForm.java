package io.atrium.invoicing.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period to close: a month of a year, or the financial year starting in a year. */
@Schema(name = "ClosingForm")
public record ClosingForm(
    @Schema(required = true, description = "MONTH or YEAR") @Text(max = 5) String kind,
    @Schema(required = true, example = "2026") Integer year,
    @Schema(description = "1 to 12, for a month", example = "11") Integer month) {}
