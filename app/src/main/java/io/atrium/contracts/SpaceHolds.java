package io.atrium.contracts;

import io.atrium.spaces.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The spaces a signed contract holds (space_hold): one row per space from the start date to the end
 * date, or open. The exclusion constraint refuses a second overlapping hold; it is checked here
 * first so the message names the space, and the constraint still decides a race (SQLSTATE 23P01, at
 * the flush). A space is OCCUPIED while an active contract holds it.
 */
@ApplicationScoped
class SpaceHolds {

  private static final String OVERLAP = "23P01";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * @throws ContractStateException naming the first space already held over those days
   */
  void hold(Contract contract) {
    for (ContractLine line : contract.getLines()) {
      Space space = line.getSpace();
      if (space == null) {
        continue;
      }
      if (heldElsewhere(space, contract)) {
        throw new ContractStateException("space-held", space.getName());
      }
      try {
        em.createNativeQuery(
                "INSERT INTO space_hold (tenant_id, id, space_id, contract_id, held_from,"
                    + " held_until) VALUES (atrium_current_tenant(), nextval('atrium_id_seq'),"
                    + " ?1, ?2, ?3, CAST(?4 AS date)) ON CONFLICT (tenant_id, contract_id, space_id) DO NOTHING")
            .setParameter(1, space.getId())
            .setParameter(2, contract.getId())
            .setParameter(3, contract.getStartDate())
            .setParameter(4, contract.getEndDate())
            .executeUpdate();
      } catch (RuntimeException refused) {
        if (OVERLAP.equals(sqlState(refused))) {
          throw new ContractStateException("space-held", space.getName());
        }
        throw refused;
      }
    }
  }

  /** The contract now runs: its spaces are occupied. */
  void occupy(Contract contract) {
    spaces(contract, Space.Status.AVAILABLE, Space.Status.OCCUPIED);
  }

  /** The contract ended on {@code day}: its holds stop then and its spaces are available. */
  void release(Contract contract, LocalDate day) {
    em.createNativeQuery(
            "UPDATE space_hold SET held_until = ?1 WHERE contract_id = ?2"
                + " AND (held_until IS NULL OR held_until > ?1)")
        .setParameter(1, day.isBefore(contract.getStartDate()) ? contract.getStartDate() : day)
        .setParameter(2, contract.getId())
        .executeUpdate();
    spaces(contract, Space.Status.OCCUPIED, Space.Status.AVAILABLE);
  }

  /** The end date moved (notice given): the holds end then too. */
  void until(Contract contract, LocalDate day) {
    em.createNativeQuery("UPDATE space_hold SET held_until = ?1 WHERE contract_id = ?2")
        .setParameter(1, day)
        .setParameter(2, contract.getId())
        .executeUpdate();
  }

  /** A cancelled contract holds nothing. */
  void drop(Contract contract) {
    em.createNativeQuery("DELETE FROM space_hold WHERE contract_id = ?1")
        .setParameter(1, contract.getId())
        .executeUpdate();
  }

  private boolean heldElsewhere(Space space, Contract contract) {
    return !em.createNativeQuery(
            "SELECT 1 FROM space_hold WHERE space_id = ?1 AND contract_id <> ?2"
                + " AND during && daterange(CAST(?3 AS date), CAST(?4 AS date), '[]')")
        .setParameter(1, space.getId())
        .setParameter(2, contract.getId())
        .setParameter(3, contract.getStartDate())
        .setParameter(4, contract.getEndDate())
        .getResultList()
        .isEmpty();
  }

  private static void spaces(Contract contract, Space.Status from, Space.Status to) {
    for (ContractLine line : contract.getLines()) {
      if (line.getSpace() != null && line.getSpace().getStatus() == from) {
        line.getSpace().setStatus(to);
      }
    }
  }

  private static String sqlState(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
