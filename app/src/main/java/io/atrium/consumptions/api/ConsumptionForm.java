package io.atrium.consumptions.api;

import io.atrium.consumptions.ConsumptionDetails;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consumption as the API takes it, to add one or replace an unbilled one's details. */
public record ConsumptionForm(
    @Schema(required = true, description = "one of the caller's centres; ignored when editing")
        Long centreId,
    @Schema(description = "the paying company; or memberId") Long companyId,
    @Schema(description = "the paying member (on their own); or companyId") Long memberId,
    @Schema(required = true, description = "a catalogue item offered in the centre") Long itemId,
    @Schema(maxLength = 300, description = "empty: the item's name") @Text(max = 300)
        String description,
    @Schema(required = true, example = "2.5", description = "a decimal string above 0")
        @Text(max = 30)
        String quantity,
    @Schema(example = "2.50", description = "net, per unit; empty: the catalogue's price that day")
        @Text(max = 30)
        String unitPrice,
    @Schema(example = "10", description = "a decimal string from 0 to 100") @Text(max = 30)
        String discountPercent,
    @Schema(required = true, format = "date", example = "2026-11-14") @Text(max = 10)
        String consumedOn,
    @Schema(description = "the payer's contract at that centre, if any") Long contractId) {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

  ConsumptionDetails toDetails() {
    LocalDate day = null;
    if (consumedOn != null && !consumedOn.isBlank()) {
      try {
        day = LocalDate.parse(consumedOn.strip());
      } catch (DateTimeParseException e) {
        throw InvalidFieldsException.of("consumedOn", "consumption.date.unreadable");
      }
    }
    Map<String, String> unreadable = new LinkedHashMap<>();
    BigDecimal count = decimal(quantity, "quantity", "consumption.quantity.invalid", unreadable);
    BigDecimal price = decimal(unitPrice, "unitPrice", "consumption.unitPrice.invalid", unreadable);
    BigDecimal discount =
        decimal(discountPercent, "discountPercent", "consumption.discount.invalid", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return new ConsumptionDetails(
        centreId,
        companyId,
        memberId,
        itemId,
        description,
        count,
        price,
        discount,
        day,
        contractId);
  }

  /** Amounts travel as decimal strings ("2.50"), so that no client rounds them as floats. */
  private static BigDecimal decimal(
      String text, String field, String key, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!DECIMAL.matcher(text.strip()).matches()) {
      unreadable.put(field, key);
      return null;
    }
    return new BigDecimal(text.strip());
  }
}
