package io.atrium.catalogue.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Amounts and rates travel as decimal strings ({@code "1200.50"}), never as JSON numbers, so no
 * client rounds them through a binary float on the way; answers write them the same way.
 */
final class Decimals {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,14}(\\.[0-9]{1,12})?");

  private Decimals() {}

  /** The decimal, or null (with the field named in {@code unreadable}) when it is not one. */
  static BigDecimal parse(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!DECIMAL.matcher(text.strip()).matches()) {
      unreadable.put(field, "catalogue.decimal.unreadable");
      return null;
    }
    return new BigDecimal(text.strip());
  }
}
