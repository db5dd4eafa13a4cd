package io.atrium.invoicing.api;

import io.atrium.invoicing.ChainChecks;

/** The chains' check: how many documents verify, or the first broken link. */
public record VerifyView(
    boolean verified, long documents, String series, String number, Long chainSeq, String reason) {

  static VerifyView of(ChainChecks.Outcome outcome) {
    return outcome.verified()
        ? new VerifyView(true, outcome.documents(), null, null, null, null)
        : new VerifyView(
            false,
            outcome.documents(),
            outcome.seriesCode(),
            outcome.broken().number(),
            outcome.broken().chainSeq(),
            outcome.broken().reason());
  }
}
