package io.atrium.catalogue.api;

import io.atrium.catalogue.PriceChange;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "New price from date" in one centre: net of tax, in the centre's currency. */
public record PriceForm(
    @Schema(required = true, description = "a centre offering the item") Long centreId,
    @Schema(
            required = true,
            format = "date",
            example = "2027-01-01",
            description = "today or later on the centre's clock")
        @Text(max = 10)
        String from,
    @Schema(required = true, example = "450.00", minimum = "0", description = "at most 4 decimals")
        BigDecimal unitPrice) {

  PriceChange change() {
    LocalDate day = null;
    if (from != null && !from.isBlank()) {
      try {
        day = LocalDate.parse(from.strip());
      } catch (DateTimeParseException e) {
        throw InvalidFieldsException.of("from", "catalogue.price.from.unreadable");
      }
    }
    return new PriceChange(centreId, day, unitPrice);
  }
}
