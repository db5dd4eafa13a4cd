package io.atrium.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The documents made for one contract, for the contract's page. No permission check: the contracts
 * capability has checked that its caller may read the contract.
 */
@ApplicationScoped
public class ContractInvoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Drafts and issued documents of the contract, oldest first. */
  @Transactional
  public List<Invoice> of(long contractId) {
    return em.createQuery(
            "select i from Invoice i where i.contractId = :contract order by i.id", Invoice.class)
        .setParameter("contract", contractId)
        .getResultList();
  }
}
