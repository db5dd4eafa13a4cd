package io.atrium.audit;

import java.util.Map;

/**
 * Which recorded fields hold a constant of one of a capability's labelled enums, so the log can
 * show the constant's label ("Confirmed", "Virement") rather than the name {@link Changes} kept.
 * The log may not know the capabilities' enums; each capability that records them names its own
 * here.
 */
public interface ValueLabels {

  /**
   * By {@code "EntityType.field"} as this capability records them ({@code "Booking.status"}): the
   * enum whose constants that field holds. The enum gives each constant's bundle key by {@code
   * getLabelKey()}.
   */
  Map<String, Class<? extends Enum<?>>> labelledFields();

  /** The key {@link #labelledFields} uses for a field of an entity type. */
  static String key(String entityType, String field) {
    return entityType + "." + field;
  }
}
