package io.atrium.consumptions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The consumptions recorded on one contract, for the contract's page. No permission check: the
 * contracts capability has checked that its caller may read the contract.
 */
@ApplicationScoped
public class ContractConsumptions {

  private static final int MAX = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Newest first, at most 500. */
  @Transactional
  public List<Consumption> of(long contractId) {
    return em.createQuery(
            "select c from Consumption c where c.contractId = :contract"
                + " order by c.consumedOn desc, c.id desc",
            Consumption.class)
        .setParameter("contract", contractId)
        .setMaxResults(MAX)
        .getResultList();
  }
}
