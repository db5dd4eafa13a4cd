package io.atrium.payments.api;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Credit of a payment applied to other issued invoices of its payer. */
public record CreditForm(
    @Schema(required = true, description = "the invoices and the amount each receives") @Valid
        List<@Valid AllocationForm> allocations) {}
