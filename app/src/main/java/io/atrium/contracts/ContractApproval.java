package io.atrium.contracts;

import io.atrium.approvals.ApprovalDocument;
import io.atrium.approvals.Approvals;
import io.atrium.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * A draft's largest line discount goes to discount approval (kind {@link #KIND}): within its
 * author's ceiling the contract needs none; above it it waits, and cannot be sent or signed until
 * an approver approves it ({@link ContractDecisions}).
 */
@ApplicationScoped
class ContractApproval {

  /** The kind of document contracts are to discount approval. */
  static final String KIND = "CONTRACT";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Approvals approvals;

  void ask(Contract contract, long authorId) {
    BigDecimal discount =
        contract.getLines().stream()
            .map(ContractLine::getDiscountPercent)
            .reduce(BigDecimal.ZERO, BigDecimal::max);
    StaffMember author = em.find(StaffMember.class, authorId);
    boolean waits =
        author != null
            && approvals
                .submit(
                    new ApprovalDocument(
                        KIND,
                        contract.getId(),
                        contract.getCentre(),
                        contract.getReference() + " · " + Contracts.clientName(contract),
                        ContractAmounts.monthly(contract),
                        contract.getCurrency(),
                        "/contracts/contract.xhtml?id=" + contract.getId()),
                    discount,
                    author)
                .isPresent();
    contract.setApproval(waits ? Contract.Approval.PENDING : Contract.Approval.NONE);
  }
}
