package io.atrium.invoicing;

import io.atrium.tenancy.TaxScheme;
import java.util.List;
import java.util.Locale;

/**
 * The e-invoice statuses a platform reports: in France the mandatory Déposée, Rejetée, Refusée,
 * Encaissée and the optional Prise en charge, Approuvée, En litige; in India the IRN's.
 */
public enum LifecycleStatus {
  DEPOSITED,
  REJECTED,
  REFUSED,
  COLLECTED,
  RECEIVED,
  APPROVED,
  DISPUTED,
  IRN_GENERATED,
  IRN_CANCELLED;

  public String getLabelKey() {
    return "lifecycle.status." + name().toLowerCase(Locale.ROOT);
  }

  /** The statuses of a country's platform. */
  public static List<LifecycleStatus> of(TaxScheme scheme) {
    return scheme == TaxScheme.GST
        ? List.of(IRN_GENERATED, IRN_CANCELLED)
        : List.of(DEPOSITED, RECEIVED, APPROVED, REJECTED, REFUSED, DISPUTED, COLLECTED);
  }
}
