package io.atrium.payments.api;

import io.atrium.payments.NewPayment;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The part of a payment given to one issued invoice of the payer. */
public record AllocationForm(
    @Schema(required = true) Long invoiceId,
    @Schema(required = true, example = "600.00") @Text(max = 20) String amount) {

  /** Plain decimal text, "1200.50"; anything else is a field error. */
  static BigDecimal money(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("-?[0-9]{1,15}(\\.[0-9]{1,6})?")) {
      throw InvalidFieldsException.of(field, "payment.field.amount");
    }
    return new BigDecimal(text.strip());
  }

  static List<NewPayment.Share> shares(List<AllocationForm> allocations) {
    if (allocations == null) {
      return List.of();
    }
    return allocations.stream()
        .map(
            a ->
                a == null
                    ? null
                    : new NewPayment.Share(a.invoiceId(), money(a.amount(), "allocations")))
        .toList();
  }
}
