package io.atrium.payments.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Pay" an invoice by card: the gateway's payment method reference (with the test gateway, a test
 * card number: any succeeds but 4000 0000 0000 0002, which is declined).
 */
public record IntentForm(
    @Schema(required = true) Long invoiceId,
    @Schema(required = true, maxLength = 100, example = "pm_card_visa") @Text(max = 100)
        String paymentMethod) {}
