package io.atrium.spaces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A space's outline on its floor's plan: a polygon of 3 to 50 points "x,y x,y …", each coordinate a
 * fraction of the plan's width or height from 0 to 1 (at most 4 decimals kept), so the outline
 * stays put when the plan is replaced by a larger image of the same drawing.
 */
public final class Shape {

  static final int MIN_POINTS = 3;
  static final int MAX_POINTS = 50;
  private static final Pattern NUMBER = Pattern.compile("(0|1)(\\.\\d{1,12})?");

  private final List<BigDecimal[]> points;

  private Shape(List<BigDecimal[]> points) {
    this.points = points;
  }

  /**
   * Reads a shape strictly: only digits, dots, one comma inside each point and single spaces
   * between points.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static Shape parse(String text) {
    if (text == null || text.isBlank() || text.length() > 4000) {
      throw new IllegalArgumentException("no shape");
    }
    String[] pairs = text.strip().split(" ", -1);
    if (pairs.length < MIN_POINTS || pairs.length > MAX_POINTS) {
      throw new IllegalArgumentException("3 to 50 points");
    }
    List<BigDecimal[]> points = new ArrayList<>();
    for (String pair : pairs) {
      String[] xy = pair.split(",", -1);
      if (xy.length != 2) {
        throw new IllegalArgumentException("not a point: " + pair);
      }
      points.add(new BigDecimal[] {fraction(xy[0]), fraction(xy[1])});
    }
    return new Shape(points);
  }

  /** The canonical stored form of a text, or null for a blank one (no shape). */
  public static String normalise(String text) {
    return text == null || text.isBlank() ? null : parse(text).toString();
  }

  private static BigDecimal fraction(String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException("not a fraction: " + text);
    }
    BigDecimal value = new BigDecimal(text);
    if (value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("over 1: " + text);
    }
    return value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** The points in plan pixels, "x,y x,y", for an SVG polygon drawn over a plan of that size. */
  public String inPixels(int width, int height) {
    List<String> scaled = new ArrayList<>();
    for (BigDecimal[] point : points) {
      scaled.add(
          pixels(point[0], width).toPlainString() + "," + pixels(point[1], height).toPlainString());
    }
    return String.join(" ", scaled);
  }

  /** Where a label goes: the middle of the points' bounding box, in plan pixels. */
  public double[] centreInPixels(int width, int height) {
    double minX = 1;
    double maxX = 0;
    double minY = 1;
    double maxY = 0;
    for (BigDecimal[] point : points) {
      minX = Math.min(minX, point[0].doubleValue());
      maxX = Math.max(maxX, point[0].doubleValue());
      minY = Math.min(minY, point[1].doubleValue());
      maxY = Math.max(maxY, point[1].doubleValue());
    }
    return new double[] {(minX + maxX) / 2 * width, (minY + maxY) / 2 * height};
  }

  private static BigDecimal pixels(BigDecimal fraction, int size) {
    return fraction.multiply(BigDecimal.valueOf(size)).setScale(1, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    List<String> text = new ArrayList<>();
    for (BigDecimal[] point : points) {
      text.add(point[0].toPlainString() + "," + point[1].toPlainString());
    }
    return String.join(" ", text);
  }
}
