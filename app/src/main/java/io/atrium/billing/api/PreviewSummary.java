package io.atrium.billing.api;

import io.atrium.billing.Preview;
import java.math.BigDecimal;

/**
 * What a run would issue, in numbers: invoices, their lines, their total and the payers skipped.
 */
public record PreviewSummary(int invoices, int lines, BigDecimal gross, int skipped) {

  static PreviewSummary of(Preview preview) {
    return new PreviewSummary(
        preview.count(), preview.lines(), preview.gross(), preview.skippedCount());
  }
}
