package io.atrium.shared.api;

import io.atrium.shared.InvalidFieldsException;

/**
 * A yes/no filter of the query ({@code ?billed=true}). JAX-RS reads anything but {@code true} as
 * false, so {@code ?billed=maybe} answered the unbilled consumptions as if asked for them; here it
 * is a 400 naming the parameter, and an absent one is no filter.
 */
public final class QueryFlags {

  private QueryFlags() {}

  /** True, false, or null when absent or blank. */
  public static Boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw InvalidFieldsException.of(name, "api.query.boolean");
    };
  }

  /** As {@link #flag}, absent meaning false. */
  public static boolean flag(String name, String value, boolean absent) {
    Boolean read = flag(name, value);
    return read == null ? absent : read;
  }
}
