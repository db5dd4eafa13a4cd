package io.atrium.helpdesk;

import io.atrium.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Closes solved tickets whose reopen window has ended (package rule 7), for {@link AutoCloseJob}:
 * nobody can reopen them any more, so they are complete. Done by the system, with activity, audit
 * entry and notices like a manual close.
 */
@ApplicationScoped
public class SolvedTickets {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject SupportSettings settings;

  @Inject TicketLog log;

  @Inject TicketNotifier notifier;

  /** In a tenant transaction: closes the bound tenant's expired solved tickets; how many. */
  @Transactional
  public int closeExpired() {
    int days = settings.reopenDays();
    Instant now = log.now();
    List<Ticket> expired =
        em.createQuery(
                "select t from Ticket t where t.status = :solved and t.solvedAt <= :limit",
                Ticket.class)
            .setParameter("solved", TicketStatus.SOLVED)
            .setParameter("limit", now.minus(Duration.ofDays(days)))
            .getResultList();
    int closed = 0;
    for (Ticket ticket : expired) {
      if (ticket.closeAfterWindow(now, days)) {
        log.record(
            ticket,
            TicketActivity.Kind.STATUS_CHANGED,
            TicketActor.SYSTEM,
            ticket.getStatus().name(),
            "CLOSE",
            Changes.of().field("status", TicketStatus.SOLVED, TicketStatus.CLOSED));
        notifier.statusChanged(ticket, TicketActor.SYSTEM);
        closed++;
      }
    }
    return closed;
  }
}
