package io.atrium.pricing;

import java.util.List;

/** The commitment lengths grids and quotes know (001 §17): none, 3, 6, 12, 24 and 36 months. */
public final class Commitments {

  public static final List<Integer> MONTHS = List.of(0, 3, 6, 12, 24, 36);

  private Commitments() {}

  public static boolean known(Integer months) {
    return months != null && MONTHS.contains(months);
  }
}
