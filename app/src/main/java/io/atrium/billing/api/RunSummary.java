package io.atrium.billing.api;

import io.atrium.billing.BillingRun;
import java.math.BigDecimal;

/** A billing run as the API shows it: its progress, then its outcome. */
public record RunSummary(
    long id,
    long centreId,
    String periodStart,
    String periodEnd,
    String status,
    boolean issue,
    int total,
    int processed,
    int percent,
    int invoices,
    int skipped,
    BigDecimal amount,
    String currency,
    String firstNumber,
    String lastNumber,
    String error) {

  static RunSummary of(BillingRun r) {
    return new RunSummary(
        r.getId(),
        r.getCentre().getId(),
        r.getPeriodStart().toString(),
        r.getPeriodEnd().toString(),
        r.getStatus().name(),
        r.isIssue(),
        r.getTotal(),
        r.getProcessed(),
        r.getPercent(),
        r.getInvoices(),
        r.getErrors(),
        r.getAmount(),
        r.getCentre().getCurrency(),
        r.getFirstNumber(),
        r.getLastNumber(),
        r.getError());
  }
}
