package io.atrium.payments;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.invoicing.Invoice;
import io.atrium.payments.gateway.Gateways;
import io.atrium.payments.gateway.PaymentGateway;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * "Pay" in the client space: a charge of the invoice's due through the configured gateway, once per
 * idempotency key. What the gateway settles at once (the test gateway) is recorded as a payment
 * here; what it settles later arrives by webhook ({@link GatewaySettlement}).
 */
@ApplicationScoped
public class PaymentIntents {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject PayerAccess access;

  @Inject InvoiceDue due;

  @Inject Gateways gateways;

  @Inject GatewaySettlement settlement;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** An invoice the member may pay, and what is due on it. */
  public record Payable(Invoice invoice, BigDecimal due) implements java.io.Serializable {
    public Invoice getInvoice() {
      return invoice;
    }

    public BigDecimal getDue() {
      return due;
    }
  }

  /**
   * @throws io.atrium.shared.NotFoundException unless the calling member may pay the invoice
   */
  @Transactional
  public Payable payable(long invoiceId) {
    Invoice invoice = access.payable(invoiceId);
    return new Payable(invoice, due.of(invoice));
  }

  /** What the calling member has left to pay, invoice by invoice, oldest first. */
  @Transactional
  public java.util.List<Payable> payables() {
    java.util.List<Invoice> invoices = access.payableInvoices();
    Map<Long, BigDecimal> left = due.of(invoices);
    return invoices.stream()
        .filter(i -> left.get(i.getId()).signum() > 0)
        .map(i -> new Payable(i, left.get(i.getId())))
        .toList();
  }

  /** The intent, and whether the key had made it already. */
  public record Result(PaymentIntent intent, boolean replayed) {}

  @Transactional
  public Result pay(long invoiceId, String paymentMethod, String idempotencyKey) {
    AtriumPrincipal member = access.member();
    if (idempotencyKey == null
        || idempotencyKey.isBlank()
        || idempotencyKey.length() > 100
        || !TextValidator.clean(idempotencyKey, false)) {
      throw InvalidFieldsException.of("idempotencyKey", "payment.field.idempotency-key");
    }
    if (paymentMethod == null
        || paymentMethod.isBlank()
        || paymentMethod.length() > 100
        || !TextValidator.clean(paymentMethod, false)) {
      throw InvalidFieldsException.of("paymentMethod", "payment.field.payment-method");
    }
    Invoice invoice = access.payable(invoiceId);
    Optional<PaymentIntent> earlier = byKey(idempotencyKey);
    if (earlier.isPresent()) {
      if (!earlier.get().getInvoiceId().equals(invoiceId)) {
        throw new PaymentStateException(422, "idempotency-key-reused");
      }
      return new Result(earlier.get(), true);
    }
    BigDecimal owed = due.of(invoice);
    if (owed.signum() <= 0) {
      throw new PaymentStateException(409, "paid", invoice.getNumber());
    }
    PaymentGateway gateway = gateways.current();
    PaymentGateway.Intent charged =
        gateway.createIntent(
            new PaymentGateway.IntentRequest(
                owed,
                invoice.getCurrency(),
                invoice.getNumber(),
                paymentMethod.replace(" ", ""),
                Map.of("tenant", member.tenantSlug(), "invoice", Long.toString(invoice.getId()))),
            idempotencyKey);
    PaymentIntent intent =
        new PaymentIntent(
            invoice.getId(),
            gateway.name(),
            charged.ref(),
            idempotencyKey,
            owed,
            invoice.getCurrency(),
            member.fullName(),
            clock.instant());
    em.persist(intent);
    em.flush();
    audit.record(
        "PaymentIntent",
        intent.getId(),
        "CREATE",
        invoice.getCentre().getId(),
        Changes.of()
            .field("invoice", null, invoice.getNumber())
            .field("amount", null, owed + " " + invoice.getCurrency())
            .field("gateway", null, gateway.name()));
    settlement.settle(intent, charged.outcome(), owed, member.fullName());
    return new Result(intent, false);
  }

  private Optional<PaymentIntent> byKey(String key) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('intent-key:' || ?1))")
        .setParameter(1, key)
        .getResultList();
    return em
        .createQuery(
            "select i from PaymentIntent i where i.idempotencyKey = :key", PaymentIntent.class)
        .setParameter("key", key)
        .getResultList()
        .stream()
        .findFirst();
  }
}
