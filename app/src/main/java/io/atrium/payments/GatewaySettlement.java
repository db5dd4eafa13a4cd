package io.atrium.payments;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.invoicing.Invoice;
import io.atrium.payments.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a gateway says about a charge, applied exactly once: a success records one payment of the
 * charged amount for the invoice's payer (the part above the invoice's due stays as credit), a
 * failure marks the intent failed. Deliveries of the same charge queue behind one lock and then
 * find the payment already there (it is unique per gateway and reference), so a webhook delivered
 * five times, or after the test gateway's instant answer, writes one payment.
 */
@ApplicationScoped
public class GatewaySettlement {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject PaymentWriter writer;

  @Inject InvoiceDue due;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * A webhook's event in the tenant it names; false when no intent of this tenant has that
   * reference (an event about a charge made elsewhere: acknowledged, nothing written).
   */
  @Transactional
  public boolean apply(String gateway, PaymentGateway.WebhookEvent event) {
    Optional<PaymentIntent> intent =
        em
            .createQuery(
                "select i from PaymentIntent i where i.gateway = :gateway and i.gatewayRef = :ref",
                PaymentIntent.class)
            .setParameter("gateway", gateway)
            .setParameter("ref", event.intentRef())
            .getResultList()
            .stream()
            .findFirst();
    if (intent.isEmpty()
        || (event.currency() != null
            && !event.currency().isEmpty()
            && !event.currency().equals(intent.get().getCurrency()))) {
      // Not a charge of ours, or not in the invoice's currency: acknowledged, nothing written.
      return false;
    }
    BigDecimal amount = event.amount() == null ? intent.get().getAmount() : event.amount();
    settle(intent.get(), event.outcome(), amount, gateway);
    return true;
  }

  void settle(PaymentIntent intent, PaymentGateway.Outcome outcome, BigDecimal amount, String by) {
    if (outcome == PaymentGateway.Outcome.PENDING) {
      return;
    }
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('gateway-ref:' || ?1))")
        .setParameter(1, intent.getGateway() + ":" + intent.getGatewayRef())
        .getResultList();
    em.refresh(intent);
    Invoice invoice = em.find(Invoice.class, intent.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
    if (outcome == PaymentGateway.Outcome.FAILED) {
      if (intent.getStatus() == PaymentIntent.Status.PENDING) {
        intent.setStatus(PaymentIntent.Status.FAILED);
        audit.record(
            "PaymentIntent",
            intent.getId(),
            "FAIL",
            invoice.getCentre().getId(),
            Changes.of().field("status", "PENDING", "FAILED"));
      }
      return;
    }
    if (recorded(intent)) {
      return;
    }
    BigDecimal owed = due.of(invoice);
    BigDecimal share = owed.min(amount);
    LocalDate today = LocalDate.now(clock.withZone(invoice.getCentre().zone()));
    NewPayment order =
        new NewPayment(
            invoice.getCompany() == null ? null : invoice.getCompany().getId(),
            invoice.getCompany() == null ? invoice.getMember().getId() : null,
            Payment.Method.CARD,
            amount,
            today,
            intent.getGatewayRef(),
            share.signum() > 0 ? List.of(new NewPayment.Share(invoice.getId(), share)) : List.of(),
            null);
    writer.write(
        order,
        by,
        new PaymentWriter.Gateway(intent.getGateway(), intent.getGatewayRef()),
        centre -> true);
    intent.setStatus(PaymentIntent.Status.SUCCEEDED);
  }

  private boolean recorded(PaymentIntent intent) {
    return !em.createQuery(
            "select p.id from Payment p where p.gateway = :gateway and p.gatewayRef = :ref",
            Long.class)
        .setParameter("gateway", intent.getGateway())
        .setParameter("ref", intent.getGatewayRef())
        .getResultList()
        .isEmpty();
  }
}
