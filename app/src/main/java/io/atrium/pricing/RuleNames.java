package io.atrium.pricing;

import io.atrium.shared.InvalidFieldsException;

/** The name of a grid or a discount: present, on one line, at most 80 characters (its column). */
final class RuleNames {

  private RuleNames() {}

  /** The name without surrounding blanks; refused with a message on the "name" field. */
  static String clean(String name) {
    String value = name == null ? "" : name.strip();
    if (value.isEmpty()) {
      throw InvalidFieldsException.of("name", "pricing.name.required");
    }
    if (value.codePointCount(0, value.length()) > 80
        || value.codePoints().anyMatch(Character::isISOControl)) {
      throw InvalidFieldsException.of("name", "pricing.name.invalid");
    }
    return value;
  }
}
