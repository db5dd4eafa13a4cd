package io.atrium.catalogue.api;

import io.atrium.catalogue.PriceChange;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
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
    @Schema(
            required = true,
            example = "450.00",
            description = "a decimal string, at least 0, at most 4 decimals")
        @Text(max = 30)
        String unitPrice) {

  PriceChange change() {
    LocalDate day = null;
    if (from != null && !from.isBlank()) {
      try {
        day = LocalDate.parse(from.strip());
      } catch (DateTimeParseException e) {
        throw InvalidFieldsException.of("from", "catalogue.price.from.unreadable");
      }
    }
    Map<String, String> unreadable = new LinkedHashMap<>();
    BigDecimal price = Decimals.parse(unitPrice, "unitPrice", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return new PriceChange(centreId, day, price);
  }
}
