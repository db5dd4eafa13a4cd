package io.atrium.access;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingCancelled;
import io.atrium.bookings.BookingChanged;
import io.atrium.bookings.BookingConfirmed;
import io.atrium.bookings.Bookings;
import io.atrium.daypasses.DayPass;
import io.atrium.daypasses.DayPassCancelled;
import io.atrium.daypasses.DayPassSold;
import io.atrium.daypasses.DayPasses;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.reception.Visitor;
import io.atrium.reception.Visitors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Door and Wi-Fi access for bookings (000 workflow 3 step 4), day passes and cards ({@link
 * CardAccess}). A confirmed booking queues one grant per system in its own transaction. A built-in
 * system's credential is made there and then; {@link ProvisioningJob} makes the connected systems'
 * within seconds and retries failures ({@link GrantAttempts}), and revokes every grant when the
 * booking ends or is cancelled. "Give Access" (bookings:edit) tries a booking's grants at once,
 * queuing them first when none were. Every outcome is audited: by the person who pressed the
 * button, or by the system.
 */
@ApplicationScoped
public class Provisioning {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Bookings bookings;

  @Inject DayPasses dayPasses;

  @Inject Visitors visitors;

  @Inject GrantAttempts attempts;

  @Inject Event<AccessQueued> queued;

  Clock clock = Clock.systemUTC();

  /** Which grants to list: any filter may be null. */
  public record Search(Long centreId, Long bookingId, AccessGrant.Status status) {}

  /**
   * A changed booking's grants follow its times: made again, with the same reference, by the next
   * run (a revoked one stays revoked); its visitors still expected are expected at its new start.
   */
  void moved(@Observes BookingChanged changed) {
    Booking booking = changed.booking();
    Instant now = clock.instant();
    boolean forJob = false;
    for (AccessGrant grant : grants("bookingId", booking.getId(), true)) {
      grant.moved(booking.getStartsAt(), booking.getEndsAt(), now);
      forJob |= attempts.leftForJob(grant);
    }
    var start = booking.getStartsAt().atZone(booking.getCentre().zone());
    visitors.bookingMoved(booking.getId(), start.toLocalDate(), start.toLocalTime());
    if (forJob) {
      queued.fire(new AccessQueued());
    }
  }

  /**
   * A cancelled booking's grants (its holder's and its visitors') end with it, in its transaction;
   * the job, run right after the commit, revokes them. Ending them here, rather than having the job
   * look for cancelled bookings, keeps its scan to the grants whose time is over.
   */
  void cancelled(@Observes BookingCancelled cancelled) {
    ended(grants("bookingId", cancelled.booking().getId(), true));
  }

  /** A cancelled day pass's grants end with it, as a cancelled booking's do. */
  void cancelledPass(@Observes DayPassCancelled cancelled) {
    ended(grants("dayPassId", cancelled.pass().getId(), true));
  }

  private void ended(List<AccessGrant> grants) {
    Instant now = clock.instant();
    grants.stream()
        .filter(g -> g.getStatus() != AccessGrant.Status.REVOKED && g.getValidUntil().isAfter(now))
        .forEach(g -> g.withdrawn(now));
    if (!grants.isEmpty()) {
      queued.fire(new AccessQueued());
    }
  }

  /** Queues the booking's grants, in the transaction that confirms it. */
  void queue(@Observes BookingConfirmed confirmed) {
    queue(confirmed.booking());
  }

  /** Queues a day pass's grants for its day, in the transaction that sells it. */
  void queuePass(@Observes DayPassSold sold) {
    queue(sold.pass());
  }

  /**
   * The booking holder's grants, and each invited visitor's. The holder is the booking's member, or
   * the member who booked it in the client space, who is the one at the door; a booking staff made
   * for a company alone is held in the company's name.
   */
  private List<AccessGrant> queue(Booking booking) {
    String holder =
        booking.getMember() != null
            ? booking.getMember().getFullName()
            : booking.getBookedBy() != null
                ? booking.getBookedBy().getFullName()
                : booking.getCompany().getName();
    List<AccessGrant> grants =
        new ArrayList<>(
            queue(
                booking.getCentre().getId(),
                booking.getId(),
                null,
                holder,
                booking.getStartsAt(),
                booking.getEndsAt()));
    for (Visitor visitor : visitors.ofBooking(booking.getId())) {
      grants.addAll(queueVisitor(booking, visitor));
    }
    return grants;
  }

  /** A visitor's grants for the booking's time, queued with it or when invited to it. */
  List<AccessGrant> queueVisitor(Booking booking, Visitor visitor) {
    return queue(
        booking.getCentre().getId(),
        booking.getId(),
        null,
        visitor.getId(),
        visitor.getFullName(),
        booking.getStartsAt(),
        booking.getEndsAt());
  }

  private List<AccessGrant> queue(DayPass pass) {
    var zone = pass.getCentre().zone();
    return queue(
        pass.getCentre().getId(),
        null,
        pass.getId(),
        pass.getMember().getFullName(),
        pass.getDay().atStartOfDay(zone).toInstant(),
        pass.getDay().plusDays(1).atStartOfDay(zone).toInstant());
  }

  private List<AccessGrant> queue(
      long centreId, Long bookingId, Long dayPassId, String holder, Instant from, Instant until) {
    return queue(centreId, bookingId, dayPassId, null, holder, from, until);
  }

  private List<AccessGrant> queue(
      long centreId,
      Long bookingId,
      Long dayPassId,
      Long visitorId,
      String holder,
      Instant from,
      Instant until) {
    Instant now = clock.instant();
    List<AccessGrant> grants =
        List.of(AccessGrant.System.values()).stream()
            .map(
                system ->
                    new AccessGrant(
                        centreId, bookingId, dayPassId, system, holder, from, until, now))
            .toList();
    boolean forJob = false;
    for (AccessGrant grant : grants) {
      if (visitorId != null) {
        grant.ofVisitor(visitorId);
      }
      // One grant at a time: making it audits it, which flushes what is persisted so far, so each
      // row is inserted made rather than inserted, then updated.
      em.persist(grant);
      forJob |= attempts.leftForJob(grant);
    }
    if (forJob) {
      queued.fire(new AccessQueued());
    }
    return grants;
  }

  /**
   * "Give Access": makes the booking's grants that are not active now, queuing them first when the
   * booking has none (made before access was provisioned, or never triggered).
   */
  @Transactional
  public List<AccessGrant> giveAccess(long bookingId) {
    caller.require(Area.BOOKINGS, Action.EDIT);
    Booking booking = bookings.get(bookingId);
    if (!booking.isHeld() || !booking.getEndsAt().isAfter(clock.instant())) {
      throw new GiveAccessRefused("access.give.over");
    }
    return give(grants("bookingId", bookingId, true), () -> queue(booking));
  }

  /**
   * "Give Access" for a day pass (000 workflow 4 step 3): as for a booking, for the pass's day
   * (day-passes:edit).
   */
  @Transactional
  public List<AccessGrant> giveAccessForPass(long dayPassId) {
    caller.require(Area.DAY_PASSES, Action.EDIT);
    DayPass pass = dayPasses.get(dayPassId);
    Instant end = pass.getDay().plusDays(1).atStartOfDay(pass.getCentre().zone()).toInstant();
    if (pass.getStatus() != DayPass.Status.CONFIRMED || !end.isAfter(clock.instant())) {
      throw new GiveAccessRefused("access.give.over");
    }
    return give(grants("dayPassId", dayPassId, true), () -> queue(pass));
  }

  /** Makes the grants not active at once, queuing them first when there were none. */
  private List<AccessGrant> give(List<AccessGrant> grants, Supplier<List<AccessGrant>> queue) {
    if (grants.isEmpty()) {
      grants = queue.get();
      em.flush();
    }
    grants.stream().filter(AccessGrant::isRetryable).forEach(attempts::attempt);
    return grants;
  }

  /** The grants of a day pass of the caller's centres (day-passes:read). */
  @Transactional
  public List<AccessGrant> ofPass(long dayPassId) {
    dayPasses.get(dayPassId);
    return grants("dayPassId", dayPassId, false);
  }

  /** The grants of a booking of the caller's centres. */
  @Transactional
  public List<AccessGrant> ofBooking(long bookingId) {
    bookings.get(bookingId); // the caller's centres, bookings:read
    return grants("bookingId", bookingId, false);
  }

  /** The grants of a booking or a day pass (its field), by system; locked to change them. */
  List<AccessGrant> grants(String subject, long id, boolean locked) {
    TypedQuery<AccessGrant> query =
        em.createQuery(
            "select g from AccessGrant g where g." + subject + " = :id order by g.system",
            AccessGrant.class);
    if (locked) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.setParameter("id", id).getResultList();
  }

  /** The provisioning log: the grants of the caller's centres, newest first. */
  @Transactional
  public List<AccessGrant> log(Search search, int max) {
    caller.require(Area.BOOKINGS, Action.READ);
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where =
        new StringBuilder(" where ")
            .append(Where.inCentres("g.centreId", caller.centres(), parameters));
    if (search.centreId() != null) {
      where.append(" and g.centreId = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.bookingId() != null) {
      where.append(" and g.bookingId = :booking");
      parameters.put("booking", search.bookingId());
    }
    if (search.status() != null) {
      where.append(" and g.status = :status");
      parameters.put("status", search.status());
    }
    TypedQuery<AccessGrant> query =
        em.createQuery(
            "select g from AccessGrant g" + where + " order by g.createdAt desc, g.id desc",
            AccessGrant.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(max).getResultList();
  }

  /** "Give Access" for a booking that is over or cancelled. */
  public static class GiveAccessRefused extends io.atrium.shared.BusinessException {
    private static final long serialVersionUID = 1L;

    GiveAccessRefused(String key) {
      super(409, key);
    }
  }
}
