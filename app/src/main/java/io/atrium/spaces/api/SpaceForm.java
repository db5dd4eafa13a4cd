package io.atrium.spaces.api;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import io.atrium.spaces.Amenity;
import io.atrium.spaces.Space;
import io.atrium.spaces.SpaceDetails;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A space's form, to create one or replace its details. The area is a decimal string ({@code
 * "24.50"}), read exactly, never through a binary fraction.
 *
 * @param centreId one of the caller's centres (ignored when editing: a space stays in its centre)
 * @param shape the outline on the floor's plan, "x,y x,y …" in fractions 0..1, 3 to 50 points
 */
public record SpaceForm(
    @Schema(description = "one of the caller's centres; ignored when editing") Long centreId,
    @Schema(description = "a floor of the space's centre") Long floorId,
    @Schema(
            required = true,
            enumeration = {
              "PRIVATE_OFFICE",
              "DEDICATED_DESK",
              "HOT_DESK_ZONE",
              "MEETING_ROOM",
              "EVENT_SPACE",
              "PARKING_SPOT"
            })
        @Text(max = 20)
        String kind,
    @Schema(required = true, maxLength = 80) @Text(max = 80) String name,
    @Schema(example = "24.50", description = "m², over 0, at most 2 decimals") @Text(max = 20)
        String areaSqm,
    @Schema(required = true, minimum = "0", maximum = "10000") Integer capacity,
    @Schema(
            description =
                "WIFI, SCREEN, VIDEO_CONFERENCE, WHITEBOARD, PHONE, WINDOW,"
                    + " AIR_CONDITIONING, ACCESSIBLE")
        List<String> amenities,
    @Schema(description = "an active catalogue item the centre offers") Long catalogueItemId,
    Boolean bookable,
    @Schema(example = "Mo-Fr 08:00-20:00", maxLength = 200) @Text(max = 200) String openingHours,
    @Schema(
            enumeration = {"AVAILABLE", "OCCUPIED", "OUT_OF_SERVICE"},
            defaultValue = "AVAILABLE")
        @Text(max = 20)
        String status,
    @Schema(example = "0.1,0.1 0.4,0.1 0.4,0.3 0.1,0.3", maxLength = 4000) @Text(max = 4000)
        String shape) {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}(\\.\\d{1,6})?");

  /**
   * Runs a command on the form as the service reads it; a value that cannot be read (an unknown
   * kind, a malformed area) refuses the form before the command runs.
   */
  <T> T apply(Function<SpaceDetails, T> command) {
    Map<String, String> unreadable = new LinkedHashMap<>();
    SpaceDetails details = new SpaceDetails();
    details.setCentreId(centreId);
    details.setFloorId(floorId);
    details.setKind(named(Space.Kind.class, kind, "kind", unreadable));
    details.setName(name);
    details.setCapacity(capacity);
    details.setCatalogueItemId(catalogueItemId);
    details.setBookable(Boolean.TRUE.equals(bookable));
    details.setOpeningHours(openingHours);
    details.setStatus(
        status == null
            ? Space.Status.AVAILABLE
            : named(Space.Status.class, status, "status", unreadable));
    details.setShape(shape);
    if (areaSqm != null && !areaSqm.isBlank()) {
      if (DECIMAL.matcher(areaSqm.strip()).matches()) {
        details.setAreaSqm(new BigDecimal(areaSqm.strip()));
      } else {
        unreadable.put("areaSqm", "space.area.unreadable");
      }
    }
    if (amenities != null) {
      details.setAmenities(
          amenities.stream()
              .map(a -> named(Amenity.class, a, "amenities", unreadable))
              .filter(java.util.Objects::nonNull)
              .toList());
    }
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable); // before the service: nothing is written
    }
    return command.apply(details);
  }

  private static <E extends Enum<E>> E named(
      Class<E> type, String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text.strip())) {
        return value;
      }
    }
    unreadable.put(field, "space." + field + ".unknown");
    return null;
  }
}
