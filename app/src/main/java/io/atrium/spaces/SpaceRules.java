package io.atrium.spaces;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.TextValidator;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.manifest.OpeningHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a space's form whole before anything is written and reports every wrong field at once
 * (field name to bundle key; the form's and the API's names). Ids of rows the caller cannot see
 * (another tenant's, another centre's) are "not found" before any field is looked at.
 */
@ApplicationScoped
class SpaceRules {

  static final int MAX_CAPACITY = 10_000;
  private static final BigDecimal MAX_AREA = new BigDecimal("9999999.99");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject CentreNames names;

  @Inject Caller caller;

  /** A checked form: the item that prices the space and the shape in its stored form. */
  record Checked(CatalogueItem item, String shape) {}

  /**
   * @param centre the space's centre (the form's for a new space, checked by the caller)
   * @param existing the space being edited, or null
   */
  Checked check(SpaceDetails details, Centre centre, Space existing) {
    Floor floor = details.getFloorId() == null ? null : em.find(Floor.class, details.getFloorId());
    if (details.getFloorId() != null
        && (floor == null || !caller.centres().allows(floor.getCentre().getId()))) {
      throw new NotFoundException();
    }
    CatalogueItem item =
        details.getCatalogueItemId() == null
            ? null
            : em.find(CatalogueItem.class, details.getCatalogueItemId());
    if (details.getCatalogueItemId() != null && item == null) {
      throw new NotFoundException();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (details.getKind() == null) {
      errors.put("kind", "space.required");
    }
    names.check(
        errors,
        "Space",
        details.getName(),
        80,
        centre,
        existing == null ? null : existing.getId(),
        "space.name.taken");
    area(errors, details.getAreaSqm());
    Integer capacity = details.getCapacity();
    if (capacity == null) {
      errors.put("capacity", "space.required");
    } else if (capacity < 0 || capacity > MAX_CAPACITY) {
      errors.put("capacity", "space.capacity.range");
    }
    if (floor != null && !floor.getCentre().equals(centre)) {
      errors.put("floorId", "space.floor.otherCentre");
    }
    if (item != null && (!item.isActive() || !item.isOfferedIn(centre.getId()))) {
      errors.put("catalogueItemId", "space.item.notOffered");
    }
    openingHours(errors, details);
    if (details.getStatus() == null) {
      errors.put("status", "space.required");
    }
    String shape = null;
    try {
      shape = Shape.normalise(details.getShape());
      if (shape != null && details.getFloorId() == null) {
        errors.put("shape", "space.shape.noFloor");
      }
    } catch (IllegalArgumentException e) {
      errors.put("shape", "space.shape.invalid");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return new Checked(item, shape);
  }

  private static void area(Map<String, String> errors, BigDecimal area) {
    if (area == null) {
      return;
    }
    if (area.signum() <= 0) {
      errors.put("areaSqm", "space.area.positive");
    } else if (area.stripTrailingZeros().scale() > 2) {
      errors.put("areaSqm", "space.area.decimals");
    } else if (area.compareTo(MAX_AREA) > 0) {
      errors.put("areaSqm", "space.area.tooLarge");
    }
  }

  private static void openingHours(Map<String, String> errors, SpaceDetails details) {
    String hours = details.getOpeningHours();
    if (hours == null || hours.isBlank()) {
      if (details.isBookable()) {
        errors.put("openingHours", "space.openingHours.required");
      }
      return;
    }
    if (hours.strip().length() > 200 || !TextValidator.clean(hours, false)) {
      errors.put("openingHours", "space.openingHours.invalid");
      return;
    }
    try {
      OpeningHours.parse(hours.strip());
    } catch (IllegalArgumentException e) {
      errors.put("openingHours", "space.openingHours.invalid");
    }
  }
}
