package io.atrium.contracts;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the calendar does to the bound tenant's contracts, on each centre's clock: a signed contract
 * becomes active on its start date, a running one ends the day after its end date. Done by the
 * system ({@link ContractDatesJob}), audited as such.
 */
@ApplicationScoped
public class ContractDates {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject ContractSigning signing;

  @Inject ContractTerms terms;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** Activates and ends what is due now; answers how many contracts changed. */
  @Transactional
  public int apply() {
    return applyAt(clock.instant());
  }

  /** Activates and ends what is due at {@code now} (tests give the day they need). */
  @Transactional
  public int applyAt(Instant now) {
    int changed = 0;
    for (Contract contract : due()) {
      LocalDate today = LocalDate.ofInstant(now, contract.getCentre().zone());
      Contract.Status before = contract.getStatus();
      if (before == Contract.Status.SIGNED && !contract.getStartDate().isAfter(today)) {
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        signing.activate(contract, now);
        record(contract, "ACTIVATE", Changes.of().field("status", before, "ACTIVE"));
        changed++;
      } else if (before != Contract.Status.SIGNED
          && contract.getEndDate() != null
          && contract.getEndDate().isBefore(today)) {
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        terms.end(contract, contract.getEndDate());
        record(
            contract,
            "END",
            Changes.of()
                .field("status", before, "ENDED")
                .field("endedOn", null, contract.getEndedOn()));
        changed++;
      }
    }
    return changed;
  }

  private List<Contract> due() {
    return em.createQuery(
            "select c from Contract c where c.status = :signed"
                + " or (c.status in :running and c.endDate is not null) order by c.id",
            Contract.class)
        .setParameter("signed", Contract.Status.SIGNED)
        .setParameter("running", List.of(Contract.Status.ACTIVE, Contract.Status.NOTICE_GIVEN))
        .getResultList();
  }

  private void record(Contract contract, String action, Changes changes) {
    audit.record("Contract", contract.getId(), action, contract.getCentre().getId(), changes);
  }
}
