package io.atrium.payments;

import io.atrium.invoicing.Invoice;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Shares of money given to invoices. The invoices are locked (in id order, so two payments never
 * wait on each other in a circle) before their due is read, so that two payments at once can never
 * together pay an invoice more than it is due.
 */
@ApplicationScoped
class Allocator {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject InvoiceDue due;

  Clock clock = Clock.systemUTC();

  /** An invoice and the amount it receives. */
  record Target(Invoice invoice, BigDecimal amount) {}

  List<Target> lock(List<NewPayment.Share> shares, Payer payer, Predicate<Long> centreAllowed) {
    List<Target> targets = new ArrayList<>();
    List<NewPayment.Share> ordered =
        shares.stream().sorted(Comparator.comparing(NewPayment.Share::invoiceId)).toList();
    for (NewPayment.Share share : ordered) {
      Invoice invoice = em.find(Invoice.class, share.invoiceId(), LockModeType.PESSIMISTIC_WRITE);
      if (invoice == null || !centreAllowed.test(invoice.getCentre().getId())) {
        throw new NotFoundException();
      }
      if (!InvoiceDue.payable(invoice) || !payer.owes(invoice)) {
        throw InvalidFieldsException.of("allocations", "payment.field.allocation-invoice");
      }
      targets.add(new Target(invoice, share.amount()));
    }
    if (targets.stream().map(t -> t.invoice().getCentre().getId()).distinct().count() > 1) {
      throw InvalidFieldsException.of("allocations", "payment.field.allocation-centres");
    }
    Map<Long, BigDecimal> left = due.of(targets.stream().map(Target::invoice).toList());
    for (Target target : targets) {
      BigDecimal owed = left.get(target.invoice().getId());
      if (target.amount().compareTo(owed) > 0) {
        throw new PaymentStateException(
            409, "over-due", target.invoice().getNumber(), owed, target.invoice().getCurrency());
      }
    }
    return targets;
  }

  void allocate(Payment payment, List<Target> targets) {
    for (Target target : targets) {
      em.persist(
          new PaymentAllocation(
              payment.getId(), target.invoice().getId(), target.amount(), clock.instant()));
    }
    em.flush();
  }

  List<PaymentAllocation> of(Payment payment) {
    return em.createQuery(
            "select a from PaymentAllocation a where a.paymentId = :payment order by a.id",
            PaymentAllocation.class)
        .setParameter("payment", payment.getId())
        .getResultList();
  }

  /** What the payment has not allocated yet: the payer's credit from it. */
  BigDecimal credit(Payment payment) {
    BigDecimal allocated =
        em.createQuery(
                "select coalesce(sum(a.amount), 0) from PaymentAllocation a"
                    + " where a.paymentId = :payment",
                BigDecimal.class)
            .setParameter("payment", payment.getId())
            .getSingleResult();
    return payment.getAmount().subtract(allocated);
  }

  boolean closed(LocalDate day) {
    return !em.createNativeQuery(
            "SELECT 1 FROM period_closing WHERE ?1 BETWEEN period_start AND period_end")
        .setParameter(1, day)
        .getResultList()
        .isEmpty();
  }

  static String describe(List<Target> targets) {
    return targets.stream()
        .map(t -> t.invoice().getNumber() + " " + t.amount())
        .collect(Collectors.joining(", "));
  }
}
