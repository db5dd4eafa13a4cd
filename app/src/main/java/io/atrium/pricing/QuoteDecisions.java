package io.atrium.pricing;

import io.atrium.approvals.ApprovalDecided;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * A price quote waiting for approval follows the decision, in the decision's transaction: CONFIRMED
 * when approved, REJECTED when not.
 */
@ApplicationScoped
class QuoteDecisions {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail audit;

  void decided(@Observes ApprovalDecided decision) {
    if (!decision.concerns(PriceQuotes.KIND)) {
      return;
    }
    PriceQuote quote =
        em.find(PriceQuote.class, decision.documentId(), LockModeType.PESSIMISTIC_WRITE);
    if (quote == null || quote.getStatus() != PriceQuote.Status.PENDING_APPROVAL) {
      return;
    }
    PriceQuote.Status before = quote.getStatus();
    quote.setStatus(decision.approved() ? PriceQuote.Status.CONFIRMED : PriceQuote.Status.REJECTED);
    audit.record(
        "PriceQuote",
        quote.getId(),
        decision.approved() ? "CONFIRM" : "REJECT",
        quote.getCentre().getId(),
        Changes.of().field("status", before, quote.getStatus()));
  }
}
