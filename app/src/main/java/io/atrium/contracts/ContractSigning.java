package io.atrium.contracts;

import io.atrium.invoicing.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a signature does, in one transaction: records it, holds the contract's spaces, issues the
 * deposit and first-month invoices, and activates the contract when it has started. Any refusal (a
 * space held by another contract, a fact missing for an invoice) leaves nothing written. No
 * permission check and no audit: {@link ContractLifecycle} (staff) and the demo import call it.
 */
@ApplicationScoped
public class ContractSigning {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject SpaceHolds holds;

  @Inject FirstInvoices invoices;

  /** The invoices the signature issued, deposit first. */
  public List<Invoice> sign(
      Contract contract, Signature signature, Long actorId, String actorName, Instant now) {
    if (contract.getLines().isEmpty()) {
      throw new ContractStateException("no-lines");
    }
    contract.setStatus(Contract.Status.SIGNED);
    contract.setSignatoryName(signature.signatoryName());
    contract.setSignatureMethod(signature.method());
    contract.setSignedAt(signature.signedAt());
    contract.setSignedRecordedBy(actorId);
    em.flush();
    holds.hold(contract);
    LocalDate today = LocalDate.ofInstant(now, contract.getCentre().zone());
    List<Invoice> issued = invoices.issue(contract, today, actorId, actorName);
    if (!contract.getStartDate().isAfter(today)) {
      activate(contract, now);
    }
    return issued;
  }

  /** The contract runs from today: its spaces are occupied. */
  void activate(Contract contract, Instant now) {
    contract.setStatus(Contract.Status.ACTIVE);
    contract.setActivatedAt(now);
    holds.occupy(contract);
  }
}
