package io.atrium.community;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published events of the caller's centres starting today and in the next {@link #DAYS_AHEAD}
 * days, and their members going, for the operations home: two grouped queries. Days are the
 * operator's, as the events list's day filters read them, so a figure's link lists exactly what it
 * counts.
 */
@ApplicationScoped
public class EventFigures {

  public static final int DAYS_AHEAD = 7;

  /** One centre's events today and in the days ahead (tomorrow on), and the seats taken. */
  public record Counts(long today, long goingToday, long ahead, long goingAhead) {
    static final Counts NONE = new Counts(0, 0, 0, 0);
  }

  /** The operator's today, and the counts by centre id (absent when none). */
  public record Ahead(LocalDate today, Map<Long, Counts> byCentre) {
    public Counts of(long centreId) {
      return byCentre.getOrDefault(centreId, Counts.NONE);
    }
  }

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  Clock clock = Clock.systemUTC();

  @Transactional
  public Ahead ahead(Collection<Long> centreIds) {
    caller.require(Area.EVENTS, Action.READ);
    ZoneId zone =
        ZoneId.of(em.find(Tenant.class, tenancy.currentTenantId().orElseThrow()).getTimeZone());
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<Long, long[]> sums = new HashMap<>();
    List<Long> ids = centreIds.stream().filter(caller.centres()::allows).toList();
    if (ids.isEmpty()) {
      return new Ahead(today, Map.of());
    }
    Instant from = today.atStartOfDay(zone).toInstant();
    Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
    Instant until = today.plusDays(DAYS_AHEAD + 1L).atStartOfDay(zone).toInstant();
    add(sums, 0, count("CommunityEvent e", ids, from, tomorrow, until, ""));
    add(
        sums,
        1,
        count("Rsvp r join r.event e", ids, from, tomorrow, until, " and r.status = :going"));
    Map<Long, Counts> byCentre = new HashMap<>();
    sums.forEach((centre, s) -> byCentre.put(centre, new Counts(s[0], s[1], s[2], s[3])));
    return new Ahead(today, byCentre);
  }

  /** Rows of centre id, how many start today, how many in the days ahead ({@code e}: the event). */
  private List<Object[]> count(
      String from, List<Long> ids, Instant start, Instant tomorrow, Instant until, String more) {
    var query =
        em.createQuery(
                "select e.centre.id, sum(case when e.startsAt < :tomorrow then 1 else 0 end),"
                    + " sum(case when e.startsAt >= :tomorrow then 1 else 0 end) from "
                    + from
                    + " where e.state = :published and e.centre.id in :ids"
                    + " and e.startsAt >= :start and e.startsAt < :until"
                    + more
                    + " group by e.centre.id",
                Object[].class)
            .setParameter("published", CommunityEvent.State.PUBLISHED)
            .setParameter("ids", ids)
            .setParameter("start", start)
            .setParameter("tomorrow", tomorrow)
            .setParameter("until", until);
    if (!more.isEmpty()) {
      query.setParameter("going", Rsvp.Status.GOING);
    }
    return query.getResultList();
  }

  /** Puts each row's today and ahead counts at {@code offset} and {@code offset + 2}. */
  private static void add(Map<Long, long[]> sums, int offset, List<Object[]> rows) {
    for (Object[] row : rows) {
      long[] s = sums.computeIfAbsent((Long) row[0], k -> new long[4]);
      s[offset] = ((Number) row[1]).longValue();
      s[offset + 2] = ((Number) row[2]).longValue();
    }
  }
}
