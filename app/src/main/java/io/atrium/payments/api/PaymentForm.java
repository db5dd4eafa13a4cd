package io.atrium.payments.api;

import io.atrium.payments.NewPayment;
import io.atrium.payments.Payment;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payment received, as staff record it: the payer (a company, or an on-demand member), how, how
 * much, on which day, and the issued invoices it pays; what the allocations leave is credit.
 */
public record PaymentForm(
    @Schema(description = "the paying company; or memberId") Long companyId,
    @Schema(description = "the paying on-demand member, when no company") Long memberId,
    @Schema(
            required = true,
            enumeration = {"TRANSFER", "CHEQUE", "CASH", "CARD", "SEPA"})
        @Text(max = 10)
        String method,
    @Schema(required = true, example = "1200.00", description = "in the centre's currency")
        @Text(max = 20)
        String amount,
    @Schema(required = true, format = "date", example = "2026-11-05") @Text(max = 10)
        String receivedOn,
    @Schema(maxLength = 100, description = "the bank's or cheque's reference") @Text(max = 100)
        String reference,
    @Schema(description = "the invoices it pays and how much of each") @Valid
        List<@Valid AllocationForm> allocations) {

  NewPayment toPayment(String idempotencyKey) {
    Payment.Method parsed = null;
    if (method != null) {
      try {
        parsed = Payment.Method.valueOf(method.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw InvalidFieldsException.of("method", "payment.field.method");
      }
    }
    LocalDate day = null;
    if (receivedOn != null && !receivedOn.isBlank()) {
      try {
        day = LocalDate.parse(receivedOn.strip());
      } catch (DateTimeParseException e) {
        throw InvalidFieldsException.of("receivedOn", "payment.field.received-on");
      }
    }
    return new NewPayment(
        companyId,
        memberId,
        parsed,
        AllocationForm.money(amount, "amount"),
        day,
        reference,
        AllocationForm.shares(allocations),
        idempotencyKey);
  }
}
