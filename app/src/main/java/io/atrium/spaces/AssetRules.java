package io.atrium.spaces;

import io.atrium.shared.TextValidator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of one asset's fields, the same for the form and for each line of an import: type and
 * label required, lengths of the columns, no control characters, a state, and a day of acquisition
 * not in the future (on the centre's clock). The space and the serial number's uniqueness need the
 * database: {@link Inventory} checks them.
 */
final class AssetRules {

  static final int TYPE_MAX = 40;
  static final int LABEL_MAX = 120;
  static final int SERIAL_MAX = 80;

  private AssetRules() {}

  /** Field name to bundle key for every wrong field; empty when the fields are right. */
  static Map<String, String> check(AssetDetails details, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    text(errors, "type", details.getType(), TYPE_MAX, true);
    text(errors, "label", details.getLabel(), LABEL_MAX, true);
    text(errors, "serialNumber", details.getSerialNumber(), SERIAL_MAX, false);
    if (details.getState() == null) {
      errors.put("state", "inventory.required");
    }
    if (details.getAcquiredOn() != null && details.getAcquiredOn().isAfter(today)) {
      errors.put("acquiredOn", "inventory.acquiredOn.future");
    }
    return errors;
  }

  /** The text as stored: stripped, null when blank. */
  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static void text(
      Map<String, String> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.put(field, "inventory.required");
      }
    } else if (value.strip().length() > max) {
      errors.put(field, "inventory.tooLong");
    } else if (!TextValidator.clean(value, false)) {
      errors.put(field, "atrium.text.control");
    }
  }
}
