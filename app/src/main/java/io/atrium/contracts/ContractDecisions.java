package io.atrium.contracts;

import io.atrium.approvals.ApprovalDecided;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** A contract waiting for approval follows the decision, in the decision's transaction. */
@ApplicationScoped
class ContractDecisions {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail audit;

  void decided(@Observes ApprovalDecided decision) {
    if (!decision.concerns(ContractApproval.KIND)) {
      return;
    }
    Contract contract =
        em.find(Contract.class, decision.documentId(), LockModeType.PESSIMISTIC_WRITE);
    if (contract == null || contract.getApproval() != Contract.Approval.PENDING) {
      return;
    }
    contract.setApproval(
        decision.approved() ? Contract.Approval.APPROVED : Contract.Approval.REJECTED);
    audit.record(
        "Contract",
        contract.getId(),
        decision.approved() ? "APPROVE" : "REJECT",
        contract.getCentre().getId(),
        Changes.of().field("approval", Contract.Approval.PENDING, contract.getApproval()));
  }
}
