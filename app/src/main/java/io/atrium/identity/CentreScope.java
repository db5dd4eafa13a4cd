package io.atrium.identity;

import java.util.Set;

/**
 * The centres whose rows a caller sees: all of them, or the ones a staff member works in. Every
 * list, search, count, export and API of centre-bound rows says so with {@link Where#inCentres},
 * never with a hand-written clause.
 */
public record CentreScope(boolean all, Set<Long> centreIds) {

  public static final CentreScope ALL = new CentreScope(true, Set.of());

  public boolean allows(Long centreId) {
    return all || centreIds.contains(centreId);
  }

  /** Never empty: SQL has no empty IN list, and no real id is negative. */
  public Set<Long> ids() {
    return centreIds.isEmpty() ? Set.of(-1L) : centreIds;
  }
}
