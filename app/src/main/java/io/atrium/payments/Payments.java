package io.atrium.payments;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Payments as staff record them (payments:create) and read them (payments:read) in their centres: a
 * payment received, allocated to the payer's issued invoices, the rest kept as credit; credit
 * applied later to another invoice by allocating more of the same payment. One transaction each.
 */
@ApplicationScoped
public class Payments {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject PaymentWriter writer;

  @Inject Allocator allocator;

  @Inject AuditTrail audit;

  /** A payment, what it gave to which invoice, and the credit it still holds. */
  public record Detail(Payment payment, List<PaymentAllocation> allocations, BigDecimal credit) {}

  /** The result of recording: the payment, and whether the Idempotency-Key had recorded it. */
  public record Recorded(Detail detail, boolean replayed) {}

  @Transactional
  public Recorded record(NewPayment order) {
    AtriumPrincipal actor = caller.require(Area.PAYMENTS, Action.CREATE);
    PaymentWriter.Recorded recorded =
        writer.write(order, actor.fullName(), null, id -> caller.centres().allows(id));
    return new Recorded(detail(recorded.payment()), recorded.replayed());
  }

  /**
   * Gives part of a payment's remaining credit to other issued invoices of the same payer. The
   * payment row never changes (payments are append-only): the credit is the payment's unallocated
   * rest, so applying it is one more allocation of that payment.
   */
  @Transactional
  public Detail applyCredit(long paymentId, List<NewPayment.Share> shares) {
    caller.require(Area.PAYMENTS, Action.CREATE);
    Map<String, String> errors = new LinkedHashMap<>();
    List<NewPayment.Share> given = shares == null ? List.of() : shares;
    PaymentRules.shares(given, null, errors);
    if (given.isEmpty()) {
      errors.put("allocations", "payment.field.allocations");
    }
    Payment payment = readable(paymentId);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    // The payment's credit is read by one command at a time (the row itself cannot be locked:
    // the application may not update payments, and FOR UPDATE needs that right).
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('payment-credit:' || ?1))")
        .setParameter(1, paymentId)
        .getResultList();
    Payer payer = new Payer(payment.getCompany(), payment.getMember());
    List<Allocator.Target> targets =
        allocator.lock(given, payer, id -> id.equals(payment.getCentre().getId()));
    BigDecimal wanted =
        targets.stream().map(Allocator.Target::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal credit = allocator.credit(payment);
    if (wanted.compareTo(credit) > 0) {
      throw new PaymentStateException(409, "over-credit", credit, payment.getCurrency());
    }
    allocator.allocate(payment, targets);
    audit.record(
        "Payment",
        payment.getId(),
        "ALLOCATE",
        payment.getCentre().getId(),
        Changes.of()
            .field("allocations", null, Allocator.describe(targets))
            .field("credit", credit, credit.subtract(wanted)));
    return detail(payment);
  }

  @Transactional
  public Detail get(long id) {
    return detail(readable(id));
  }

  private Payment readable(long id) {
    caller.require(Area.PAYMENTS, Action.READ);
    Payment payment = em.find(Payment.class, id);
    if (payment == null || !caller.centres().allows(payment.getCentre().getId())) {
      throw new NotFoundException();
    }
    return payment;
  }

  Detail detail(Payment payment) {
    return new Detail(payment, allocator.of(payment), allocator.credit(payment));
  }
}
