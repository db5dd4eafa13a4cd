package io.atrium.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seats and the waitlist of events: counted from the answers, never stored, so they cannot drift.
 * Callers that change seats hold the event's row lock ({@link EventAccess}).
 */
@ApplicationScoped
class Waitlist {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject EventMessages messages;

  Seats seats(CommunityEvent event) {
    return seats(List.of(event)).get(event.getId());
  }

  /** The figures of each event, by id. */
  Map<Long, Seats> seats(List<CommunityEvent> events) {
    Map<Long, Seats> seats = new HashMap<>();
    if (events.isEmpty()) {
      return seats;
    }
    events.forEach(e -> seats.put(e.getId(), Seats.empty(e.getCapacity())));
    List<Object[]> rows =
        em.createQuery(
                "select r.event.id, r.status, count(r), count(r.checkedInAt) from Rsvp r"
                    + " where r.event in :events and r.status <> :cancelled"
                    + " group by r.event.id, r.status",
                Object[].class)
            .setParameter("events", events)
            .setParameter("cancelled", Rsvp.Status.CANCELLED)
            .getResultList();
    for (Object[] row : rows) {
      Seats old = seats.get((Long) row[0]);
      long count = ((Number) row[2]).longValue();
      seats.put(
          (Long) row[0],
          row[1] == Rsvp.Status.GOING
              ? new Seats(old.capacity(), count, old.waitlisted(), ((Number) row[3]).longValue())
              : new Seats(old.capacity(), old.going(), count, old.checkedIn()));
    }
    return seats;
  }

  /** The answer's place in its event's waitlist, from 1; 0 when it is not waiting. */
  int position(Rsvp rsvp) {
    if (!rsvp.isWaitlisted()) {
      return 0;
    }
    long ahead =
        em.createQuery(
                "select count(r) from Rsvp r where r.event = :event and r.status = :waiting"
                    + " and (r.answeredAt < :at or (r.answeredAt = :at and r.id < :id))",
                Long.class)
            .setParameter("event", rsvp.getEvent())
            .setParameter("waiting", Rsvp.Status.WAITLISTED)
            .setParameter("at", rsvp.getAnsweredAt())
            .setParameter("id", rsvp.getId())
            .getSingleResult();
    return (int) ahead + 1;
  }

  /** The waitlist in order. */
  List<Rsvp> waiting(CommunityEvent event, int max) {
    return em.createQuery(
            "select r from Rsvp r where r.event = :event and r.status = :waiting"
                + " order by r.answeredAt, r.id",
            Rsvp.class)
        .setParameter("event", event)
        .setParameter("waiting", Rsvp.Status.WAITLISTED)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Gives the free seats of a locked, open event to the first of its waitlist, and tells them.
   *
   * @return how many were promoted
   */
  int promote(CommunityEvent event, Instant now) {
    if (!event.isOpen(now)) {
      return 0;
    }
    em.flush();
    long free = seats(event).left();
    if (free <= 0) {
      return 0;
    }
    List<Rsvp> promoted = waiting(event, (int) free);
    for (Rsvp rsvp : promoted) {
      rsvp.promote();
      messages.promoted(rsvp);
    }
    return promoted.size();
  }
}
