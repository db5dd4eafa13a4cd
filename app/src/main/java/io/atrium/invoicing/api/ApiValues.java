package io.atrium.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the API's decimal strings ("12.50": no binary floating point near an amount) and ISO days;
 * what cannot be read is named in {@code unreadable} and left out, so the service refuses it.
 */
final class ApiValues {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,4})?");

  private ApiValues() {}

  static BigDecimal decimal(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!DECIMAL.matcher(text.strip()).matches()) {
      unreadable.put(field, "invoice.field.decimal");
      return null;
    }
    return new BigDecimal(text.strip());
  }

  static LocalDate day(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      unreadable.put(field, "invoice.field.day");
      return null;
    }
  }
}
