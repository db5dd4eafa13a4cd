package io.atrium.pricing;

import io.atrium.catalogue.CatalogueItem.ServiceType;
import io.atrium.spaces.Space;

/**
 * The space kind a main service is sold as, so a grid's line for a space kind also prices the item
 * quoted on its own (a hot desk item is a hot-desk zone's price). Services with no space (a nomad
 * plan, domiciliation, a day pass) have none: only item and "any" lines apply to them.
 */
final class SpaceKinds {

  private SpaceKinds() {}

  static Space.Kind of(ServiceType service) {
    if (service == null) {
      return null;
    }
    return switch (service) {
      case PRIVATE_OFFICE -> Space.Kind.PRIVATE_OFFICE;
      case DEDICATED_DESK -> Space.Kind.DEDICATED_DESK;
      case HOT_DESK, COWORKING -> Space.Kind.HOT_DESK_ZONE;
      case MEETING_ROOM -> Space.Kind.MEETING_ROOM;
      case EVENT_SPACE -> Space.Kind.EVENT_SPACE;
      case PARKING -> Space.Kind.PARKING_SPOT;
      case NOMAD, DOMICILIATION, DAY_PASS -> null;
    };
  }
}
