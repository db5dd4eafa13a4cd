package io.atrium.spaces.api;

import io.atrium.spaces.Floor;

/**
 * A floor as the API shows it.
 *
 * @param planUrl its plan image's address in this API, null without one
 * @param planWidth the plan's width in pixels, which the outlines' fractions scale
 */
public record FloorSummary(
    long id,
    long centreId,
    String centre,
    String name,
    int level,
    String planUrl,
    String planType,
    Integer planWidth,
    Integer planHeight) {

  static FloorSummary of(Floor f) {
    return new FloorSummary(
        f.getId(),
        f.getCentre().getId(),
        f.getCentre().getCode(),
        f.getName(),
        f.getLevel(),
        f.hasPlan() ? "/api/floors/" + f.getId() + "/plan" : null,
        f.getPlanType(),
        f.getPlanWidth(),
        f.getPlanHeight());
  }
}
