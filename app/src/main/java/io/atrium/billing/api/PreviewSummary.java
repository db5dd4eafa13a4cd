package io.atrium.billing.api;

import io.atrium.billing.Preview;
import java.math.BigDecimal;

/** What a run would make, in short: the invoices, their total with tax, the payers skipped. */
public record PreviewSummary(int invoices, int lines, BigDecimal gross, int skipped) {

  static PreviewSummary of(Preview preview) {
    return new PreviewSummary(
        preview.invoices().size(),
        preview.invoices().stream().mapToInt(i -> i.getLines().size()).sum(),
        preview.gross(),
        preview.skipped().size());
  }
}
