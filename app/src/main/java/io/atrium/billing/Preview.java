package io.atrium.billing;

import io.atrium.invoicing.Invoice;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a run would issue, before anything is written: its totals, the payers it would skip, and the
 * first page of its invoices (unsaved, with their lines, discounts and taxes). A run of 100,000
 * contracts does not fit in memory as invoices, so the other pages are planned again when asked
 * ({@link BillingRuns#previewPage}), each from where it starts: {@link PageStart}.
 */
public record Preview(
    Long centreId,
    YearMonth month,
    int count,
    int lines,
    BigDecimal gross,
    int skippedCount,
    List<Skipped> skipped,
    List<Invoice> firstPage,
    List<PageStart> pages)
    implements Serializable {

  /** Invoices a page of the preview shows. */
  public static final int PAGE = 20;

  /** Skipped payers kept for the page; beyond, only their number is shown. */
  public static final int SKIPPED_SHOWN = 200;

  /** A payer the run would skip, and why (an {@code invoice.missing.*} key). */
  public record Skipped(String payer, String contracts, String messageKey)
      implements Serializable {}

  /** Where a page starts: the payer, and how many of its invoices the page before showed. */
  public record PageStart(long payerId, int shownBefore) implements Serializable {}

  public int getCount() {
    return count;
  }

  /** The skipped payers not listed, when there are more than {@link #SKIPPED_SHOWN}. */
  public int getSkippedNotShown() {
    return skippedCount - skipped.size();
  }
}
