package io.atrium.tenancy.manifest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The values of the catalogue, premises and pricing sections, each refused where it is wrong. */
final class OfferValues {

  static final Set<String> SPACE_KINDS =
      Set.of(
          "PRIVATE_OFFICE",
          "DEDICATED_DESK",
          "HOT_DESK_ZONE",
          "MEETING_ROOM",
          "EVENT_SPACE",
          "PARKING_SPOT");

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

  private OfferValues() {}

  /** A declared code (centre, item...) named by {@code what} in the problem. */
  static String reference(ManifestNode node, Collection<String> declared, String what) {
    String code = node.text();
    if (!declared.contains(code)) {
      throw node.problem("no " + what + " \"" + code + "\"");
    }
    return code;
  }

  /** At least one declared centre code, none twice. */
  static List<String> centres(ManifestNode node, Collection<String> centreCodes) {
    if (!node.isPresent()) {
      throw node.problem("is required: a list of centre codes");
    }
    if (node.isText()) {
      throw node.problem("must be a list of centre codes, such as [PAR1]");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (ManifestNode item : node.list()) {
      String code = reference(item, centreCodes, "centre with the code");
      if (!codes.add(code)) {
        throw item.problem("\"" + code + "\" is listed twice");
      }
    }
    if (codes.isEmpty()) {
      throw node.problem("must name at least one centre");
    }
    return List.copyOf(codes);
  }

  static String oneOf(ManifestNode node, Set<String> allowed, String fallback) {
    if (!node.isPresent() && fallback != null) {
      return fallback;
    }
    String text = node.text();
    if (!allowed.contains(text)) {
      throw node.problem(
          "must be one of "
              + String.join(", ", allowed.stream().sorted().toList())
              + ", not \""
              + text
              + "\"");
    }
    return text;
  }

  static LocalDate day(ManifestNode node) {
    try {
      return LocalDate.parse(node.text());
    } catch (DateTimeParseException e) {
      throw node.problem("must be a day written 2026-01-31");
    }
  }

  static LocalDate dayOrNull(ManifestNode node) {
    return node.isPresent() ? day(node) : null;
  }

  /** An amount of money or area: not negative (or above zero), at most {@code scale} decimals. */
  static BigDecimal amount(ManifestNode node, boolean zeroAllowed, int scale) {
    BigDecimal value = node.decimal();
    if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
      throw node.problem(zeroAllowed ? "must not be negative" : "must be above 0");
    }
    if (value.scale() > scale) {
      throw node.problem("must have at most " + scale + " decimals");
    }
    return value;
  }

  static int integer(ManifestNode node, int min, int max, int fallback) {
    if (!node.isPresent()) {
      return fallback;
    }
    String text = node.text(INTEGER, "must be a whole number");
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      throw node.problem("must be between " + min + " and " + max);
    }
    return value;
  }

  static String text(ManifestNode node, int max) {
    String text = node.text();
    if (text.length() > max) {
      throw node.problem("must be at most " + max + " characters");
    }
    return text;
  }

  static String textOrNull(ManifestNode node, int max) {
    return node.isPresent() ? text(node, max) : null;
  }
}
