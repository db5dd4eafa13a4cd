package io.atrium.payments;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.invoicing.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The issued invoices of a payer that still have something due, oldest first, for the "Record a
 * payment" form (payments:create, in the caller's centres), and one invoice's allocations for its
 * page (payments:read).
 */
@ApplicationScoped
public class OpenInvoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InvoiceDue due;

  /** An invoice and what is left to pay on it. */
  public record Open(Invoice invoice, BigDecimal due) {
    public Invoice getInvoice() {
      return invoice;
    }

    public BigDecimal getDue() {
      return due;
    }
  }

  @Transactional
  public List<Open> ofCompany(long companyId) {
    caller.require(Area.PAYMENTS, Action.CREATE);
    return open("company_id = ?1", companyId);
  }

  @Transactional
  public List<Open> ofMember(long memberId) {
    caller.require(Area.PAYMENTS, Action.CREATE);
    return open("member_id = ?1 AND company_id IS NULL", memberId);
  }

  /** What was paid on an invoice, by which payment, oldest first; empty for an unseen invoice. */
  @Transactional
  public List<PaymentAllocation> allocationsOf(long invoiceId) {
    caller.require(Area.PAYMENTS, Action.READ);
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null || !caller.centres().allows(invoice.getCentre().getId())) {
      return List.of();
    }
    return em.createQuery(
            "select a from PaymentAllocation a where a.invoiceId = :invoice order by a.id",
            PaymentAllocation.class)
        .setParameter("invoice", invoiceId)
        .getResultList();
  }

  /** What is due on an invoice the caller may see, or null. */
  @Transactional
  public BigDecimal dueOf(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null || !caller.centres().allows(invoice.getCentre().getId())) {
      return null;
    }
    return due.of(invoice);
  }

  private List<Open> open(String payer, long id) {
    // Native: the invoices are invoicing's rows; payments reads only their ids here.
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM invoice WHERE status = 'ISSUED' AND kind <> 'CREDIT_NOTE' AND "
                    + payer
                    + " ORDER BY issue_date, id")
            .setParameter(1, id)
            .getResultList();
    List<Invoice> invoices =
        ids.stream()
            .map(i -> em.find(Invoice.class, ((Number) i).longValue()))
            .filter(Objects::nonNull)
            .filter(i -> caller.centres().allows(i.getCentre().getId()))
            .toList();
    Map<Long, BigDecimal> left = due.of(invoices);
    return invoices.stream()
        .filter(i -> left.get(i.getId()).signum() > 0)
        .map(i -> new Open(i, left.get(i.getId())))
        .toList();
  }
}
