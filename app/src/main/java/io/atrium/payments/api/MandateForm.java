package io.atrium.payments.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A SEPA direct-debit mandate to set up: the account's IBAN and its holder. */
public record MandateForm(
    @Schema(required = true, example = "FR7630006000011234567890189") @Text(max = 42) String iban,
    @Schema(required = true, maxLength = 70) @Text(max = 70) String holder) {}
