package io.atrium.payments;

import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceBalance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is still due on issued invoices, as the invoicing reads it ({@link InvoiceBalance}, the one
 * place it is derived): the gross total, less the issued credit notes that correct it, less the
 * payments allocated to it, never below zero; nothing on an invoice a corrective one replaced. Read
 * inside a transaction, where the tenant's row-level security is bound.
 */
@ApplicationScoped
@Transactional
public class InvoiceDue {

  private static final BigDecimal ZERO = new BigDecimal("0.00");

  @Inject InvoiceBalance balances;

  public BigDecimal of(Invoice invoice) {
    return of(List.of(invoice)).getOrDefault(invoice.getId(), ZERO);
  }

  /** Each invoice's due, by id; documents that are not payable invoices are due nothing. */
  public Map<Long, BigDecimal> of(Collection<Invoice> invoices) {
    Map<Long, BigDecimal> due = new HashMap<>();
    if (invoices.isEmpty()) {
      return due;
    }
    Map<Long, InvoiceBalance.Balance> read =
        balances.dueOf(invoices.stream().map(Invoice::getId).toList());
    for (Invoice invoice : invoices) {
      InvoiceBalance.Balance balance = read.get(invoice.getId());
      due.put(
          invoice.getId(), payable(invoice) && balance != null ? balance.due().setScale(2) : ZERO);
    }
    return due;
  }

  static boolean payable(Invoice invoice) {
    return invoice.isIssued() && invoice.getKind() != Invoice.Kind.CREDIT_NOTE;
  }
}
