package io.atrium.collection;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an export covers, checked by {@link Exports#scope}: the tenant, the days (inclusive), and
 * the centres (null: every centre of the tenant). Writers run with it after the request's checks,
 * so that the file can be streamed in the tenant's own transactions.
 */
public record ExportScope(long tenantId, LocalDate from, LocalDate to, Set<Long> centreIds)
    implements Serializable {

  /** The SQL condition on {@code column} for the centres, safe as it joins numbers only. */
  String centres(String column) {
    if (centreIds == null) {
      return "TRUE";
    }
    if (centreIds.isEmpty()) {
      return "FALSE";
    }
    return column
        + " IN ("
        + centreIds.stream().map(String::valueOf).collect(Collectors.joining(","))
        + ")";
  }
}
