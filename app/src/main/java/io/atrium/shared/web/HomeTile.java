package io.atrium.shared.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A tile of the staff's operations home, contributed by a capability as a CDI bean: the home
 * collects every bean of this type, keeps those the caller may see and draws them by {@link
 * #order()}, so a new capability (occupancy, bookings, money) adds its tile without touching the
 * home. A tile answers for all the caller's centres at once, with one or few aggregate queries.
 */
public interface HomeTile {

  /** Place on the home, lower first: reception 10, helpdesk 20, community 30. */
  int order();

  /** Whether the caller holds the right to read what the tile counts; if not it is not drawn. */
  boolean shown();

  /** The actions of the tile's capability the caller may take, for the home's quick actions. */
  List<Link> quickActions();

  /** The tile's card for each of these centres of the caller's, by centre id. */
  Map<Long, Card> cards(List<CentreDay> centres);

  /** A centre of the caller's and its today, on the centre's clock. */
  record CentreDay(long centreId, LocalDate today) {}

  /**
   * One figure and the list it counts: {@code link} is a path under the application (with its
   * filters), whose list shows exactly the rows counted. {@code forYou} marks work waiting for the
   * caller, which the home sums up.
   */
  record Figure(String labelKey, long count, String link, boolean forYou) {}

  /** A page to open: label key, PrimeIcons class, path under the application. */
  record Link(String labelKey, String icon, String link) {}

  /**
   * A tile's content for one centre. When every figure is zero the home shows {@code emptyKey} and
   * {@code next} (the next step, null when the caller may not take it) instead of zeros.
   */
  record Card(String titleKey, String icon, List<Figure> figures, String emptyKey, Link next) {

    public boolean isEmpty() {
      return figures.stream().allMatch(f -> f.count() == 0);
    }
  }
}
