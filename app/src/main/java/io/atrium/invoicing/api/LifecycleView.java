package io.atrium.invoicing.api;

import io.atrium.invoicing.InvoiceLifecycleEvent;
import java.time.Instant;

/** One status of a document's e-invoice life cycle. */
public record LifecycleView(
    long id,
    String status,
    Instant occurredAt,
    String channel,
    String reference,
    String note,
    String recordedBy) {

  static LifecycleView of(InvoiceLifecycleEvent e) {
    return new LifecycleView(
        e.getId(),
        e.getStatus().name(),
        e.getOccurredAt(),
        e.getChannel(),
        e.getReference(),
        e.getNote(),
        e.getRecordedBy());
  }
}
