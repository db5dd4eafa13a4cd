package io.atrium.contracts.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the API's typed strings (days, instants, decimals, names of states): what cannot be read is
 * named in {@code unreadable}, so the command is refused with every field at once.
 */
final class Fields {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,4})?");

  private Fields() {}

  static LocalDate day(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      unreadable.put(field, "contract.field.day");
      return null;
    }
  }

  static Instant instant(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      unreadable.put(field, "contract.field.instant");
      return null;
    }
  }

  static BigDecimal decimal(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!DECIMAL.matcher(text.strip()).matches()) {
      unreadable.put(field, "contract.field.decimal");
      return null;
    }
    return new BigDecimal(text.strip());
  }

  static <E extends Enum<E>> E named(
      Class<E> type, String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text.strip())) {
        return value;
      }
    }
    unreadable.put(field, "contract.field.choice");
    return null;
  }
}
