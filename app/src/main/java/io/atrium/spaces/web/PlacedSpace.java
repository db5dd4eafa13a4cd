package io.atrium.spaces.web;

import io.atrium.spaces.Floor;
import io.atrium.spaces.Shape;
import io.atrium.spaces.Space;
import java.io.Serializable;
import java.util.Locale;

/**
 * A space as the floor plan draws it: its outline in the plan's pixels (empty when not placed), the
 * point its label is centred on, and the state it is drawn in: its status, or what the bookings'
 * planning says of it at a time (free, booked…).
 *
 * @param shape the stored outline (fractions), which the editor starts from
 * @param stateClass the CSS class it is coloured by
 * @param stateKey the bundle key naming its state beside the colour
 */
public record PlacedSpace(
    long id,
    String name,
    int capacity,
    Space.Status status,
    String shape,
    String points,
    double labelX,
    double labelY,
    String stateClass,
    String stateKey)
    implements Serializable {

  static PlacedSpace of(Space space, Floor floor) {
    return of(space, floor, statusClass(space.getStatus()), space.getStatus().getLabelKey());
  }

  /** Drawn in a state of the caller's: a CSS class and its name's bundle key. */
  public static PlacedSpace of(Space space, Floor floor, String stateClass, String stateKey) {
    int width = floor.getPlanWidth() == null ? 1 : floor.getPlanWidth();
    int height = floor.getPlanHeight() == null ? 1 : floor.getPlanHeight();
    if (space.getShape() == null) {
      return new PlacedSpace(
          space.getId(),
          space.getName(),
          space.getCapacity(),
          space.getStatus(),
          "",
          "",
          0,
          0,
          stateClass,
          stateKey);
    }
    Shape shape = Shape.parse(space.getShape());
    double[] centre = shape.centreInPixels(width, height);
    return new PlacedSpace(
        space.getId(),
        space.getName(),
        space.getCapacity(),
        space.getStatus(),
        space.getShape(),
        shape.inPixels(width, height),
        centre[0],
        centre[1],
        stateClass,
        stateKey);
  }

  // Getters for pages: Jakarta EL 5 does not read record components as properties.

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getCapacity() {
    return capacity;
  }

  public Space.Status getStatus() {
    return status;
  }

  public String getShape() {
    return shape;
  }

  public String getPoints() {
    return points;
  }

  public double getLabelX() {
    return labelX;
  }

  public double getLabelY() {
    return labelY;
  }

  public boolean isPlaced() {
    return !points.isEmpty();
  }

  public String getStatusClass() {
    return statusClass(status);
  }

  public String getStateClass() {
    return stateClass;
  }

  public String getStateKey() {
    return stateKey;
  }

  private static String statusClass(Space.Status status) {
    return "space-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
