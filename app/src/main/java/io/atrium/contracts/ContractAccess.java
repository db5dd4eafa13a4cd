package io.atrium.contracts;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who reaches which contract: staff holding the contracts right in the contract's centre. Any other
 * contract is "not found", like another tenant's. Commands lock the contract's row first, so two
 * signatures of one contract queue and the second finds it signed.
 */
@ApplicationScoped
class ContractAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  Contract readable(long id) {
    caller.require(Area.CONTRACTS, Action.READ);
    Contract contract = em.find(Contract.class, id);
    if (contract == null || !caller.centres().allows(contract.getCentre().getId())) {
      throw new NotFoundException();
    }
    return contract;
  }

  Contract managed(long id, Action action) {
    caller.require(Area.CONTRACTS, action);
    Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (contract == null || !caller.centres().allows(contract.getCentre().getId())) {
      throw new NotFoundException();
    }
    return contract;
  }
}
