package io.atrium.spaces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a space offers, from a fixed list so that filters, bookings and the client space can rely on
 * it; stored on the space comma-separated in this order.
 */
public enum Amenity {
  WIFI,
  SCREEN,
  VIDEO_CONFERENCE,
  WHITEBOARD,
  PHONE,
  WINDOW,
  AIR_CONDITIONING,
  ACCESSIBLE;

  public String getLabelKey() {
    return "space.amenity." + name().toLowerCase(Locale.ROOT);
  }

  /** The stored form of a set: names in the enum's order, comma-separated; null when none. */
  static String join(Set<Amenity> amenities) {
    if (amenities == null || amenities.isEmpty()) {
      return null;
    }
    return String.join(",", EnumSet.copyOf(amenities).stream().map(Amenity::name).toList());
  }

  /** The amenities of a stored form; unknown names (none are ever written) are left out. */
  static List<Amenity> split(String stored) {
    List<Amenity> amenities = new ArrayList<>();
    if (stored != null) {
      for (String name : stored.split(",")) {
        Arrays.stream(values()).filter(a -> a.name().equals(name)).forEach(amenities::add);
      }
    }
    return amenities;
  }
}
