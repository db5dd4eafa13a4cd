package io.atrium.pricing;

import io.atrium.audit.Changes;
import io.atrium.tenancy.Centre;
import java.util.stream.Collectors;

/** What the audit log records of a grid's change: its name, state, centres and lines, as text. */
final class GridAudit {

  private GridAudit() {}

  static Snapshot snapshot(PriceGrid grid) {
    return new Snapshot(grid);
  }

  static Changes changes(Snapshot before, PriceGrid after) {
    Snapshot old = before == null ? new Snapshot(null) : before;
    Snapshot now = new Snapshot(after);
    return Changes.of()
        .field("name", old.name, now.name)
        .field("active", old.active, now.active)
        .field("centres", old.centres, now.centres)
        .field("lines", old.lines, now.lines);
  }

  /** The audited fields of a grid at one moment. */
  static final class Snapshot {
    final String name;
    final Boolean active;
    final String centres;
    final String lines;

    Snapshot(PriceGrid grid) {
      name = grid == null ? null : grid.getName();
      active = grid == null ? null : grid.isActive();
      centres =
          grid == null
              ? null
              : grid.getCentres().stream()
                  .map(Centre::getCode)
                  .sorted()
                  .collect(Collectors.joining(","));
      lines =
          grid == null
              ? null
              : grid.getLines().stream()
                  .map(l -> GridLineForm.of(l).toString())
                  .collect(Collectors.joining("; "));
    }
  }
}
