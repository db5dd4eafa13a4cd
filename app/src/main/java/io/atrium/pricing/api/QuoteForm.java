package io.atrium.pricing.api;

import io.atrium.pricing.PricingRequest;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to price, as the query of GET or the body of POST /api/pricing/quote. Decimals are strings
 * ("12.5"), so no binary floating point ever touches an amount; days are ISO ({@code 2026-07-01}).
 */
@Schema(name = "QuoteForm")
public record QuoteForm(
    @Schema(required = true, description = "one of the caller's centres") Long centre,
    @Schema(description = "a catalogue item offered in the centre; or give space") Long item,
    @Schema(description = "a space of the centre; or give item") Long space,
    @Schema(description = "months: 0, 3, 6, 12, 24 or 36; 0 when absent") Integer commitment,
    @Schema(description = "units of the item, a decimal string; 1 when absent", example = "2")
        @Text(max = 20)
        String quantity,
    @Schema(required = true, format = "date", example = "2026-07-01") @Text(max = 10) String from,
    @Schema(format = "date", description = "last day, on or after from") @Text(max = 10) String to,
    @Schema(description = "percent from 0 to 100, a decimal string", example = "12.5")
        @Text(max = 20)
        String discount,
    @Schema(description = "the buyer; its GSTIN's state decides IGST") Long company) {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,4})?");

  /** The request the service reads; every unreadable field is named at once. */
  PricingRequest toRequest() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    PricingRequest request =
        new PricingRequest(
            centre,
            item,
            space,
            commitment,
            decimal(quantity, "quantity", unreadable),
            day(from, "from", unreadable),
            day(to, "to", unreadable),
            decimal(discount, "discount", unreadable),
            company);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return request;
  }

  private static BigDecimal decimal(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!DECIMAL.matcher(text.strip()).matches()) {
      unreadable.put(field, "pricing.field.decimal");
      return null;
    }
    return new BigDecimal(text.strip());
  }

  private static LocalDate day(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      unreadable.put(field, "pricing.field.day");
      return null;
    }
  }
}
