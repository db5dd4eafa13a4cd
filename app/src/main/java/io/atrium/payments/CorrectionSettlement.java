package io.atrium.payments;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceIssued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * What was paid on an invoice that a correction reduces or replaces (package rule 8), settled in
 * the issuing transaction: a credit note taking back more than the invoice still owed gives the
 * excess back to the payments that paid it, the latest first; a corrective invoice takes the
 * payments of the invoice it replaces, up to its total, and gives back the rest. Giving back is one
 * more allocation of the same payment, negative (allocations stay append-only): the money becomes
 * that payment's credit, shown in the balances and applied to another invoice like any credit, and
 * the invoice's paid, credited and due keep adding up to its total.
 */
@ApplicationScoped
class CorrectionSettlement {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  void issued(@Observes InvoiceIssued event) {
    for (InvoiceIssued.Document document : event.documents()) {
      Invoice issued = document.invoice();
      if (issued.getCorrectsId() != null && document.kind() == Invoice.Kind.CREDIT_NOTE) {
        credited(issued);
      } else if (issued.getCorrectsId() != null && document.kind() == Invoice.Kind.CORRECTIVE) {
        replaced(issued);
      }
    }
  }

  /** Gives back what the invoice the note credits was paid beyond its total less its notes. */
  private void credited(Invoice note) {
    Invoice original = em.find(Invoice.class, note.getCorrectsId(), LockModeType.PESSIMISTIC_WRITE);
    em.flush();
    BigDecimal credited =
        (BigDecimal)
            em.createNativeQuery(
                    "SELECT coalesce(sum(gross_total), 0) FROM invoice WHERE corrects_id = ?1"
                        + " AND kind = 'CREDIT_NOTE' AND status = 'ISSUED'")
                .setParameter(1, original.getId())
                .getSingleResult();
    List<Object[]> paid = paidBy(original.getId(), "max(id) DESC");
    BigDecimal total = paid.stream().map(p -> (BigDecimal) p[1]).reduce(ZERO, BigDecimal::add);
    BigDecimal over = total.subtract(original.getGrossTotal().subtract(credited).max(ZERO));
    for (Object[] payment : paid) {
      if (over.signum() <= 0) {
        return;
      }
      BigDecimal back = over.min((BigDecimal) payment[1]);
      over = over.subtract(back);
      giveBack(((Number) payment[0]).longValue(), original, back, note.getNumber());
    }
  }

  /**
   * Moves the payments of the invoice a corrective one replaces onto it, oldest first, up to its
   * total: the replaced invoice owes nothing and the corrective one is what the client pays, so
   * what was paid counts toward it. What the corrective one does not take (it is smaller) stays the
   * payments' credit; what they do not cover (it is larger) is due.
   */
  private void replaced(Invoice corrective) {
    Invoice original =
        em.find(Invoice.class, corrective.getCorrectsId(), LockModeType.PESSIMISTIC_WRITE);
    em.flush();
    // Just issued: nothing is allocated to it and no credit note names it yet.
    BigDecimal left = corrective.getGrossTotal().max(ZERO);
    for (Object[] paid : paidBy(original.getId(), "min(id)")) {
      long paymentId = ((Number) paid[0]).longValue();
      BigDecimal amount = (BigDecimal) paid[1];
      BigDecimal moved = amount.min(left);
      left = left.subtract(moved);
      Payment payment = em.find(Payment.class, paymentId);
      BigDecimal before = credit(payment);
      em.persist(
          new PaymentAllocation(
              paymentId, original.getId(), amount.negate().setScale(2), clock.instant()));
      String allocations = original.getNumber() + " " + amount.negate().setScale(2);
      if (moved.signum() > 0) {
        em.persist(
            new PaymentAllocation(
                paymentId, corrective.getId(), moved.setScale(2), clock.instant()));
        allocations += ", " + corrective.getNumber() + " " + moved.setScale(2);
      }
      em.flush();
      audit.record(
          "Payment",
          paymentId,
          "ALLOCATE",
          payment.getCentre().getId(),
          Changes.of()
              .field("allocations", null, allocations)
              .field("replaces", null, original.getNumber())
              .field("credit", before, credit(payment)));
    }
  }

  /**
   * Each payment's net allocation to the invoice, when positive: payment id and amount, in the
   * order given.
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> paidBy(long invoiceId, String order) {
    return em.createNativeQuery(
            "SELECT payment_id, sum(amount) FROM payment_allocation WHERE invoice_id = ?1"
                + " GROUP BY payment_id HAVING sum(amount) > 0 ORDER BY "
                + order)
        .setParameter(1, invoiceId)
        .getResultList();
  }

  private void giveBack(long paymentId, Invoice invoice, BigDecimal amount, String why) {
    Payment payment = em.find(Payment.class, paymentId);
    BigDecimal before = credit(payment);
    em.persist(
        new PaymentAllocation(
            paymentId, invoice.getId(), amount.negate().setScale(2), clock.instant()));
    em.flush();
    audit.record(
        "Payment",
        paymentId,
        "ALLOCATE",
        payment.getCentre().getId(),
        Changes.of()
            .field("allocations", null, invoice.getNumber() + " " + amount.negate().setScale(2))
            .field("creditNote", null, why)
            .field("credit", before, credit(payment)));
  }

  private BigDecimal credit(Payment payment) {
    BigDecimal allocated =
        (BigDecimal)
            em.createNativeQuery(
                    "SELECT coalesce(sum(amount), 0) FROM payment_allocation WHERE payment_id = ?1")
                .setParameter(1, payment.getId())
                .getSingleResult();
    return payment.getAmount().subtract(allocated).setScale(2);
  }

  private static final BigDecimal ZERO = new BigDecimal("0.00");
}
