package io.atrium.reception;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Expected visitors of a day that is over (in their centre's time zone) who never arrived become
 * NO_SHOW, so past days' counts and histories say what happened. Run by {@link NoShowJob} for each
 * tenant every hour, as centres' midnights differ; the desk can also mark one at once.
 */
@ApplicationScoped
public class NoShows {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject VisitorJournal journal;

  @Inject Centres centres;

  Clock clock = Clock.systemUTC();

  /** Marks the bound tenant's past expected visitors NO_SHOW; returns how many. */
  @Transactional
  public int sweep() {
    int marked = 0;
    for (Centre centre : centres.all()) {
      List<Visitor> late =
          em.createQuery(
                  "select v from Visitor v where v.centre = :centre and v.state = :expected"
                      + " and v.expectedDate < :today",
                  Visitor.class)
              .setParameter("centre", centre)
              .setParameter("expected", Visitor.State.EXPECTED)
              .setParameter("today", LocalDate.now(clock.withZone(centre.zone())))
              .setMaxResults(Retention.BATCH)
              .getResultList();
      for (Visitor visitor : late) {
        visitor.markNoShow(clock.instant());
        journal.recorded(visitor, "NO_SHOW", Visitor.State.EXPECTED);
      }
      marked += late.size();
    }
    return marked;
  }
}
