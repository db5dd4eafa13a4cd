package io.atrium.invoicing.web;

import io.atrium.invoicing.CreditLine;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.shared.InvalidFieldsException;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The credit note dialog: the whole invoice, or for each line the net amount to take back (blank:
 * nothing of that line). Amounts are read with a comma or a point.
 */
@Dependent
public class CreditForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean full = true;
  private final HashMap<Long, String> amounts = new HashMap<>();
  private final ArrayList<Long> lineIds = new ArrayList<>();

  void reset(Invoice invoice) {
    full = true;
    amounts.clear();
    lineIds.clear();
    invoice.getLines().stream().map(InvoiceLine::getId).forEach(lineIds::add);
  }

  /** The lines to credit; none means the whole invoice. */
  List<CreditLine> lines() {
    if (full) {
      return List.of();
    }
    List<CreditLine> lines = new ArrayList<>();
    for (Long lineId : lineIds) {
      String typed = amounts.get(lineId);
      if (typed == null || typed.isBlank()) {
        continue;
      }
      String plain = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
      if (!plain.matches("\\d{1,12}(\\.\\d{1,4})?")) {
        throw InvalidFieldsException.of("lines", "invoice.credit.amount.invalid");
      }
      lines.add(new CreditLine(lineId, null, new BigDecimal(plain)));
    }
    if (lines.isEmpty()) {
      throw InvalidFieldsException.of("lines", "invoice.credit.line.unknown");
    }
    return lines;
  }

  public boolean isFull() {
    return full;
  }

  public void setFull(boolean full) {
    this.full = full;
  }

  public Map<Long, String> getAmounts() {
    return amounts;
  }
}
