package io.atrium.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Ticket numbers, one series per centre, without gaps: the counter row is incremented in the
 * transaction that creates the ticket, so a second creation in the same centre waits on the row
 * lock until the first commits (and takes the next number) or rolls back (and takes the same one).
 */
@ApplicationScoped
public class TicketNumbers {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Takes the centre's next number, in the caller's (tenant-bound) transaction. */
  @Transactional(TxType.MANDATORY)
  public int next(long centreId) {
    Object next =
        em.createNativeQuery(
                "INSERT INTO ticket_counter (centre_id, last_number) VALUES (?1, 1)"
                    + " ON CONFLICT (tenant_id, centre_id)"
                    + " DO UPDATE SET last_number = ticket_counter.last_number + 1"
                    + " RETURNING last_number")
            .setParameter(1, centreId)
            .getSingleResult();
    return ((Number) next).intValue();
  }
}
