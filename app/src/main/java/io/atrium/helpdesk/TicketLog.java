package io.atrium.helpdesk;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Who is acting on tickets, and the record of what they did: a line in the ticket's activity and an
 * entry in the audit log, both in the transaction of the change, and the event that keeps the
 * operations home live.
 */
@ApplicationScoped
public class TicketLog {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject Tenancy tenancy;

  @Inject Event<TicketChanged> changed;

  Clock clock = Clock.systemUTC();

  /** Now, to the microsecond the database keeps. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** The signed-in person as an actor; the system when no one is (background work). */
  @Transactional(TxType.MANDATORY)
  public TicketActor actor() {
    AtriumPrincipal principal = caller.getPrincipal();
    if (principal == null) {
      return TicketActor.SYSTEM;
    }
    return switch (principal.kind()) {
      case STAFF -> TicketActor.of(em.find(StaffMember.class, principal.personId()));
      case MEMBER -> TicketActor.of(em.find(Member.class, principal.personId()));
      case PLATFORM -> TicketActor.SYSTEM;
    };
  }

  @Transactional(TxType.MANDATORY)
  public void record(
      Ticket ticket,
      TicketActivity.Kind kind,
      TicketActor actor,
      String detail,
      String auditAction,
      Changes changes) {
    em.persist(new TicketActivity(ticket, kind, actor, detail, now()));
    audit.record("Ticket", ticket.getId(), auditAction, ticket.getCentre().getId(), changes);
    changed.fire(
        new TicketChanged(
            tenancy.currentTenantId().orElseThrow(), ticket.getCentre().getId(), ticket.getId()));
  }

  /** The ticket's activity, oldest first; without internal notes for members. */
  @Transactional(TxType.MANDATORY)
  public List<TicketActivity> of(Ticket ticket, boolean staffView) {
    return em
        .createQuery(
            "select a from TicketActivity a where a.ticket = :ticket order by a.at, a.id",
            TicketActivity.class)
        .setParameter("ticket", ticket)
        .getResultList()
        .stream()
        .filter(a -> staffView || !a.getKind().staffOnly())
        .toList();
  }
}
