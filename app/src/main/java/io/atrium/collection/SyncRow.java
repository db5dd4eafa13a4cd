package io.atrium.collection;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** An {@code accounting_sync} row as the exports page lists it: what, its state and last error. */
public record SyncRow(
    long id,
    String kind,
    long entityId,
    String label,
    String status,
    int attempts,
    Instant nextAttemptAt,
    String lastError)
    implements Serializable {

  public String getKindKey() {
    return "collection.sync.kind." + kind.toLowerCase(Locale.ROOT);
  }

  public String getStatusKey() {
    return "collection.sync.state." + status.toLowerCase(Locale.ROOT);
  }
}
