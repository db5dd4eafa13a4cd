package io.atrium.invoicing;

import java.util.List;

/**
 * An e-invoicing platform (France: a PDP or the PPF; India: the IRP) that documents are submitted
 * to and that reports their life cycle. The built-in one is {@link ManualPlatform}: staff deposit
 * documents themselves and record the statuses they see; a connector to a real platform implements
 * this and is chosen instead.
 */
public interface EInvoicePlatform {

  /** The channel recorded with each status, e.g. {@code manual}. */
  String channel();

  /** Hands an issued document to the platform; a manual platform does nothing. */
  void submit(Invoice invoice);

  /** The statuses the platform now reports for the document, beyond those already recorded. */
  List<InvoiceLifecycleEvent> fetch(Invoice invoice);
}
