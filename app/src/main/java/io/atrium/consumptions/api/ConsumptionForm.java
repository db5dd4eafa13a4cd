package io.atrium.consumptions.api;

import io.atrium.consumptions.ConsumptionDetails;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    @Schema(required = true, minimum = "0.001") BigDecimal quantity,
    @Schema(description = "net, per unit; empty: the catalogue's price that day")
        BigDecimal unitPrice,
    @Schema(minimum = "0", maximum = "100") BigDecimal discountPercent,
    @Schema(required = true, format = "date", example = "2026-11-14") @Text(max = 10)
        String consumedOn,
    @Schema(description = "the payer's contract at that centre, if any") Long contractId) {

  ConsumptionDetails toDetails() {
    LocalDate day = null;
    if (consumedOn != null && !consumedOn.isBlank()) {
      try {
        day = LocalDate.parse(consumedOn.strip());
      } catch (DateTimeParseException e) {
        throw InvalidFieldsException.of("consumedOn", "consumption.date.unreadable");
      }
    }
    return new ConsumptionDetails(
        centreId,
        companyId,
        memberId,
        itemId,
        description,
        quantity,
        unitPrice,
        discountPercent,
        day,
        contractId);
  }
}
