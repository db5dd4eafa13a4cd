package io.atrium.invoicing.web;

import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.TaxLines;
import io.atrium.tenancy.TaxScheme;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One tax of a document's totals as the invoice page shows it: VAT per rate (France), or CGST and
 * SGST at half the rate each, or IGST at the full rate (India), with the base it is computed on.
 * The same groups as the PDF and the e-invoice, from {@link TaxLines#totals}.
 */
public record TaxRow(String tax, BigDecimal rate, BigDecimal base, BigDecimal amount)
    implements Serializable {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** The message key of the tax's name: invoice.tax.VAT, .CGST, .SGST or .IGST. */
  public String labelKey() {
    return "invoice.tax." + tax;
  }

  static List<TaxRow> of(List<InvoiceLine> lines, TaxScheme scheme) {
    List<TaxRow> rows = new ArrayList<>();
    for (TaxLines.TaxTotal total : TaxLines.totals(lines, scheme).byRate()) {
      BigDecimal rate = total.rate().stripTrailingZeros();
      if (scheme == TaxScheme.VAT) {
        rows.add(new TaxRow("VAT", rate, total.base(), total.amount()));
      } else if (total.igst().signum() != 0) {
        rows.add(new TaxRow("IGST", rate, total.base(), total.igst()));
      } else {
        BigDecimal half = rate.divide(TWO, 4, RoundingMode.UNNECESSARY).stripTrailingZeros();
        rows.add(new TaxRow("CGST", half, total.base(), total.cgst()));
        rows.add(new TaxRow("SGST", half, total.base(), total.sgst()));
      }
    }
    return rows;
  }
}
