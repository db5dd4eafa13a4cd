package io.atrium.pricing;

import io.atrium.spaces.Space;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A grid line as the calculator reads it: for an item, a space kind, or anything (both empty), from
 * a commitment length on, a coefficient applied to the base or an amount added per unit.
 *
 * @param itemId the catalogue item it is for, or null
 * @param spaceKind the space kind it is for, or null
 */
public record GridRule(
    String gridName,
    Long itemId,
    Space.Kind spaceKind,
    int commitmentMonths,
    BigDecimal coefficient,
    BigDecimal amount)
    implements Serializable {

  /** How narrowly a line applies: the narrowest matching line wins. */
  public enum Scope {
    ANY,
    SPACE_KIND,
    ITEM
  }

  public Scope scope() {
    return itemId != null ? Scope.ITEM : spaceKind != null ? Scope.SPACE_KIND : Scope.ANY;
  }

  /** Whether the line applies to this item and space kind (either may be unknown: null). */
  public boolean matches(Long item, Space.Kind kind) {
    return (itemId == null || itemId.equals(item)) && (spaceKind == null || spaceKind == kind);
  }

  /**
   * The line of a grid that prices this item or space kind for this commitment: among the lines
   * that match, the most specific (item, then space kind, then any: an operator's rule for one
   * service is meant to override the general one), and among those the longest commitment that the
   * requested one reaches. Empty when no line applies: the base price stands.
   */
  public static Optional<GridRule> pick(
      List<GridRule> rules, Long item, Space.Kind kind, int commitmentMonths) {
    return rules.stream()
        .filter(rule -> rule.matches(item, kind) && rule.commitmentMonths() <= commitmentMonths)
        .max(
            Comparator.comparing((GridRule rule) -> specificity(rule))
                .thenComparingInt(GridRule::commitmentMonths));
  }

  /** Item and kind together are narrower than either alone. */
  private static int specificity(GridRule rule) {
    return (rule.itemId() != null ? 2 : 0) + (rule.spaceKind() != null ? 1 : 0);
  }
}
