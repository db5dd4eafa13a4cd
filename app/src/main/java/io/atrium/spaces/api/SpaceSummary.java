package io.atrium.spaces.api;

import io.atrium.spaces.Amenity;
import io.atrium.spaces.Space;
import java.util.List;

/**
 * A space as the API shows it.
 *
 * @param areaSqm m² as a decimal string ({@code "24.50"}), null when not given
 * @param shape its outline on the floor's plan, fractions 0..1, null when not placed
 */
public record SpaceSummary(
    long id,
    long centreId,
    String centre,
    Long floorId,
    String kind,
    String name,
    String areaSqm,
    int capacity,
    List<String> amenities,
    Long catalogueItemId,
    String catalogueItem,
    boolean bookable,
    String openingHours,
    String status,
    String shape) {

  static SpaceSummary of(Space s) {
    return new SpaceSummary(
        s.getId(),
        s.getCentre().getId(),
        s.getCentre().getCode(),
        s.getFloorId(),
        s.getKind().name(),
        s.getName(),
        s.getAreaSqm() == null ? null : s.getAreaSqm().toPlainString(),
        s.getCapacity(),
        s.getAmenityList().stream().map(Amenity::name).toList(),
        s.getCatalogueItem() == null ? null : s.getCatalogueItem().getId(),
        s.getCatalogueItem() == null ? null : s.getCatalogueItem().getCode(),
        s.isBookable(),
        s.getOpeningHours(),
        s.getStatus().name(),
        s.getShape());
  }
}
