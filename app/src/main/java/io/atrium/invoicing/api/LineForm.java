package io.atrium.invoicing.api;

import io.atrium.invoicing.LineInput;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of a manual draft. Decimals are strings; days ISO. */
@Schema(name = "InvoiceLineForm")
public record LineForm(
    @Schema(required = true, description = "a catalogue item offered at the invoice's centre")
        Long itemId,
    @Schema(maxLength = 300, description = "the item's name when empty") @Text(max = 300)
        String description,
    @Schema(required = true, example = "2") @Text(max = 20) String quantity,
    @Schema(description = "net of tax; the item's price that day when empty", example = "450.00")
        @Text(max = 20)
        String unitPrice,
    @Schema(description = "0 to 100", example = "10") @Text(max = 20) String discountPercent,
    @Schema(format = "date", example = "2026-11-01") @Text(max = 10) String periodFrom,
    @Schema(format = "date", example = "2026-11-30") @Text(max = 10) String periodTo) {

  LineInput toInput() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    LineInput input =
        new LineInput(
            itemId,
            description,
            ApiValues.decimal(quantity, "quantity", unreadable),
            ApiValues.decimal(unitPrice, "unitPrice", unreadable),
            ApiValues.decimal(discountPercent, "discountPercent", unreadable),
            ApiValues.day(periodFrom, "periodFrom", unreadable),
            ApiValues.day(periodTo, "periodTo", unreadable));
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return input;
  }
}
