package io.atrium.helpdesk;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open tickets of the caller's centres counted for the operations home, in one grouped query:
 * new, in progress, overdue (as the queue's overdue filter says) and in progress assigned to the
 * caller.
 */
@ApplicationScoped
public class TicketFigures {

  /** One centre's open tickets. */
  public record Open(long fresh, long inProgress, long overdue, long mine) {

    static final Open NONE = new Open(0, 0, 0, 0);

    /** Adds one row of the grouped query: a status's count, overdue ones and the caller's. */
    Open plus(TicketStatus status, long count, long overdueOnes, long mineOnes) {
      boolean working = status == TicketStatus.IN_PROGRESS;
      return new Open(
          fresh + (working ? 0 : count),
          inProgress + (working ? count : 0),
          overdue + overdueOnes,
          mine + (working ? mineOnes : 0));
    }
  }

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject TicketLog log;

  /** By centre id; centres outside the caller's, or with no open ticket, are absent. */
  @Transactional
  public Map<Long, Open> openByCentre(Collection<Long> centreIds) {
    long me = caller.require(Area.TICKETS, Action.READ).personId();
    Map<Long, Open> open = new HashMap<>();
    List<Long> ids = centreIds.stream().filter(caller.centres()::allows).toList();
    if (ids.isEmpty()) {
      return open;
    }
    List<Object[]> rows =
        em.createQuery(
                "select t.centre.id, t.status, count(t),"
                    + " sum(case when (t.firstResponseAt is null and t.firstResponseDue < :now)"
                    + " or t.resolutionDue < :now then 1 else 0 end),"
                    + " sum(case when a.id = :me then 1 else 0 end)"
                    + " from Ticket t left join t.assignee a"
                    + " where t.status in :open and t.centre.id in :ids"
                    + " group by t.centre.id, t.status",
                Object[].class)
            .setParameter("now", log.now())
            .setParameter("me", me)
            .setParameter("open", List.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS))
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] row : rows) {
      Long centre = (Long) row[0];
      open.put(
          centre,
          open.getOrDefault(centre, Open.NONE)
              .plus((TicketStatus) row[1], number(row[2]), number(row[3]), number(row[4])));
    }
    return open;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
