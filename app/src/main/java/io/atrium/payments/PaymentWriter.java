package io.atrium.payments;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.invoicing.InvoiceStateException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Records a payment and its allocations in the caller's transaction, for staff (the payments
 * service) and for gateways (the intents and their webhooks), who differ only in who may reach
 * which centre. Callers check rights; this checks the money.
 */
@ApplicationScoped
class PaymentWriter {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Allocator allocator;

  @Inject B2cJournal journal;

  @Inject AuditTrail audit;

  /** How far back a payment may be dated: the years accounting records are kept (France: 10). */
  static final int KEPT_YEARS = 10;

  Clock clock = Clock.systemUTC();

  /** The payment recorded, and whether it was there already (a retried Idempotency-Key). */
  record Recorded(Payment payment, boolean replayed) {}

  Recorded write(
      NewPayment order, String recordedBy, Gateway gateway, Predicate<Long> centreAllowed) {
    PaymentRules.check(order);
    if (order.idempotencyKey() != null) {
      Optional<Payment> earlier = byKey(order.idempotencyKey());
      if (earlier.isPresent()) {
        if (!PaymentReplay.same(order, earlier.get(), allocator.of(earlier.get()))) {
          throw new PaymentStateException(422, "idempotency-key-reused");
        }
        return new Recorded(earlier.get(), true);
      }
    }
    Payer payer = payer(order, centreAllowed);
    List<Allocator.Target> targets = allocator.lock(order.shares(), payer, centreAllowed);
    Centre centre = targets.isEmpty() ? payer.homeCentre() : targets.get(0).invoice().getCentre();
    if (!centreAllowed.test(centre.getId())) {
      throw new NotFoundException();
    }
    receivedOnTheCentresCalendar(order.receivedOn(), centre);
    if (!order.method().carries(centre.getCurrency())) {
      throw InvalidFieldsException.of("method", "payment.field.method-currency");
    }
    if (allocator.closed(order.receivedOn())) {
      throw new InvoiceStateException("closed-period", order.receivedOn());
    }
    Payment payment =
        new Payment(centre, order.method(), order.amount(), recordedBy, clock.instant());
    payment.setCompany(payer.company());
    payment.setMember(payer.b2c() ? payer.member() : null);
    payment.setReceivedOn(order.receivedOn());
    payment.setReference(blankToNull(order.reference()));
    payment.setIdempotencyKey(order.idempotencyKey());
    payment.setB2c(payer.b2c());
    if (gateway != null) {
      payment.setGateway(gateway.name());
      payment.setGatewayRef(gateway.ref());
    }
    em.persist(payment);
    flush(order.receivedOn());
    allocator.allocate(payment, targets);
    Changes changes =
        Changes.of()
            .field("payer", null, payer.name())
            .field("method", null, order.method())
            .field("amount", null, order.amount() + " " + payment.getCurrency())
            .field("receivedOn", null, order.receivedOn())
            .field("allocations", null, Allocator.describe(targets));
    if (payer.b2c()) {
      long seq = journal.append(payment, payer.name());
      changes.field("b2cJournal", null, seq);
    }
    audit.record("Payment", payment.getId(), "CREATE", centre.getId(), changes);
    return new Recorded(payment, false);
  }

  Optional<Payment> byKey(String key) {
    // Two requests with one key queue here; the second then finds the first one's payment.
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('payment-key:' || ?1))")
        .setParameter(1, key)
        .getResultList();
    return em
        .createQuery("select p from Payment p where p.idempotencyKey = :key", Payment.class)
        .setParameter("key", key)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Payer payer(NewPayment order, Predicate<Long> centreAllowed) {
    if (order.companyId() != null) {
      Company company = em.find(Company.class, order.companyId());
      if (company == null || !centreAllowed.test(company.getHomeCentre().getId())) {
        throw new NotFoundException();
      }
      return new Payer(company, null);
    }
    Member member = em.find(Member.class, order.memberId());
    if (member == null) {
      throw new NotFoundException();
    }
    if (member.getCompany() != null || member.getHomeCentre() == null) {
      // A company's member pays as the company: the invoices are the company's.
      throw InvalidFieldsException.of("payer", "payment.field.payer-company-member");
    }
    if (!centreAllowed.test(member.getHomeCentre().getId())) {
      throw new NotFoundException();
    }
    return new Payer(null, member);
  }

  /**
   * Writes the payment now, so that a period closed since the check above (the database's trigger
   * answers AT002) is refused with the same message rather than as a failure.
   */
  private void flush(java.time.LocalDate day) {
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof java.sql.SQLException sql && "AT002".equals(sql.getSQLState())) {
          throw new InvoiceStateException("closed-period", day);
        }
      }
      throw failure;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The gateway a payment came through, and its own id of the payment. */
  record Gateway(String name, String ref) {}

  /**
   * A payment is recorded once received: not on a day still to come on the centre's calendar, nor
   * before the ten years that the books are kept (a typo such as 0001 or 9999 would otherwise sit
   * in the balance and the exports).
   */
  private void receivedOnTheCentresCalendar(LocalDate day, Centre centre) {
    LocalDate today = LocalDate.now(clock.withZone(centre.zone()));
    if (day.isAfter(today) || day.isBefore(today.minusYears(KEPT_YEARS))) {
      throw InvalidFieldsException.of("receivedOn", "payment.field.received-on-range");
    }
  }
}
