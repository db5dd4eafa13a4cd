package io.atrium.payments;

import io.atrium.invoicing.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is still due on issued invoices: the gross total, less the issued credit notes that correct
 * it, less the payments allocated to it, never below zero. The one place payments ask this, so that
 * it can call the invoicing's own balance ({@code invoicing.InvoiceBalance}) once it exists.
 */
@ApplicationScoped
public class InvoiceDue {

  private static final BigDecimal ZERO = new BigDecimal("0.00");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public BigDecimal of(Invoice invoice) {
    return of(List.of(invoice)).getOrDefault(invoice.getId(), ZERO);
  }

  /** Each invoice's due, by id; documents that are not payable invoices are due nothing. */
  public Map<Long, BigDecimal> of(Collection<Invoice> invoices) {
    Map<Long, BigDecimal> due = new HashMap<>();
    if (invoices.isEmpty()) {
      return due;
    }
    Map<Long, BigDecimal> settled = settled(invoices.stream().map(Invoice::getId).toList());
    for (Invoice invoice : invoices) {
      BigDecimal left =
          payable(invoice)
              ? invoice.getGrossTotal().subtract(settled.getOrDefault(invoice.getId(), ZERO))
              : ZERO;
      due.put(invoice.getId(), left.signum() < 0 ? ZERO : left);
    }
    return due;
  }

  /** Paid or credited so far, by invoice id. */
  public Map<Long, BigDecimal> settled(Collection<Long> invoiceIds) {
    Map<Long, BigDecimal> settled = new HashMap<>();
    if (invoiceIds.isEmpty()) {
      return settled;
    }
    em.createQuery(
            "select a.invoiceId, sum(a.amount) from PaymentAllocation a"
                + " where a.invoiceId in :ids group by a.invoiceId",
            Object[].class)
        .setParameter("ids", List.copyOf(invoiceIds))
        .getResultList()
        .forEach(row -> settled.merge((Long) row[0], (BigDecimal) row[1], BigDecimal::add));
    // Native: the credit notes are invoicing's rows, read here only as sums.
    for (Long id : invoiceIds) {
      Object credited =
          em.createNativeQuery(
                  "SELECT coalesce(sum(gross_total), 0) FROM invoice WHERE corrects_id = ?1"
                      + " AND kind = 'CREDIT_NOTE' AND status = 'ISSUED'")
              .setParameter(1, id)
              .getSingleResult();
      settled.merge(id, new BigDecimal(credited.toString()), BigDecimal::add);
    }
    return settled;
  }

  static boolean payable(Invoice invoice) {
    return invoice.isIssued() && invoice.getKind() != Invoice.Kind.CREDIT_NOTE;
  }
}
