package io.atrium.community;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.csv.CsvWriter;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Members' answers to events (RSVP) and the attendee list staff follow: any active member answers
 * the published events of their centre (no client right needed: an event is for everyone in the
 * building); seats are given in order of answer, then the waitlist; a withdrawal gives the seat to
 * the first waiting, who is told. Staff with events:read see the list, counts and export; with
 * events:edit they check attendees in on the event's day.
 */
@ApplicationScoped
public class Attendance {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject EventAccess access;

  @Inject Waitlist waitlist;

  @Inject AuditTrail audit;

  @Inject Event<AttendanceChanged> changed;

  Clock clock = Clock.systemUTC();

  /**
   * The signed-in member comes: a seat when one is left, else the end of the waitlist. Answering
   * again changes nothing.
   */
  @Transactional
  public Answer rsvp(long eventId) {
    CommunityEvent event = access.answerable(eventId);
    Instant now = clock.instant();
    if (!event.isOpen(now)) {
      throw new EventStateException("event.over");
    }
    boolean seatFree = !waitlist.seats(event).full();
    Rsvp rsvp = own(event).orElse(null);
    Rsvp.Status before = rsvp == null ? null : rsvp.getStatus();
    if (rsvp == null) {
      Member member = em.find(Member.class, caller.getPrincipal().personId());
      rsvp = new Rsvp(event, member, seatFree, now);
      em.persist(rsvp);
    } else {
      rsvp.answerAgain(seatFree, now);
    }
    em.flush();
    audit.record(
        "Rsvp",
        rsvp.getId(),
        "RSVP",
        event.getCentre().getId(),
        Changes.of().field("event", null, event.getId()).field("status", before, rsvp.getStatus()));
    changed.fire(new AttendanceChanged(tenantId(), event.getId()));
    return new Answer(rsvp.getStatus(), waitlist.position(rsvp));
  }

  /** The signed-in member no longer comes; their seat goes to the first of the waitlist. */
  @Transactional
  public Answer withdraw(long eventId) {
    CommunityEvent event = access.answerable(eventId);
    Instant now = clock.instant();
    if (event.isOver(now)) {
      throw new EventStateException("event.over");
    }
    Rsvp rsvp = own(event).orElseThrow(() -> new EventStateException("rsvp.none"));
    Rsvp.Status before = rsvp.getStatus();
    if (rsvp.withdraw()) {
      waitlist.promote(event, now);
    }
    audit.record(
        "Rsvp",
        rsvp.getId(),
        "WITHDRAW",
        event.getCentre().getId(),
        Changes.of().field("status", before, rsvp.getStatus()));
    changed.fire(new AttendanceChanged(tenantId(), event.getId()));
    return new Answer(rsvp.getStatus(), 0);
  }

  /** The signed-in member's answers to these events, by event id (none for unanswered ones). */
  @Transactional
  public Map<Long, Answer> mine(List<CommunityEvent> events) {
    Map<Long, Answer> answers = new HashMap<>();
    if (!caller.isMember() || events.isEmpty()) {
      return answers;
    }
    em.createQuery(
            "select r from Rsvp r where r.member.id = :me and r.event in :events", Rsvp.class)
        .setParameter("me", caller.getPrincipal().personId())
        .setParameter("events", events)
        .getResultList()
        .forEach(
            r ->
                answers.put(r.getEvent().getId(), new Answer(r.getStatus(), waitlist.position(r))));
    return answers;
  }

  /** Seats, going, waiting and checked in of each event the caller may read, by event id. */
  @Transactional
  public Map<Long, Seats> seats(List<CommunityEvent> events) {
    return waitlist.seats(events.stream().filter(access::mayRead).toList());
  }

  @Transactional
  public Seats seats(long eventId) {
    return waitlist.seats(readableByStaff(eventId));
  }

  /** Who comes, then who waits in order; withdrawn answers are left out. */
  @Transactional
  public List<Rsvp> attendees(long eventId) {
    CommunityEvent event = readableByStaff(eventId);
    List<Rsvp> rows =
        em.createQuery(
                "select r from Rsvp r join fetch r.member m where r.event = :event"
                    + " and r.status <> :cancelled order by r.status, r.answeredAt, r.id",
                Rsvp.class)
            .setParameter("event", event)
            .setParameter("cancelled", Rsvp.Status.CANCELLED)
            .getResultList();
    rows.forEach(r -> r.getMember().getCompany());
    return rows;
  }

  /** Records a going member's arrival, on the event's day (centre's clock) only. */
  @Transactional
  public Rsvp checkIn(long eventId, long memberId) {
    CommunityEvent event = access.managed(eventId, Action.EDIT);
    Instant now = clock.instant();
    if (!event.isCheckInDay(now)) {
      throw new EventStateException("event.checkIn.notToday");
    }
    Rsvp rsvp =
        em.createQuery(
                "select r from Rsvp r where r.event = :event and r.member.id = :member", Rsvp.class)
            .setParameter("event", event)
            .setParameter("member", memberId)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    rsvp.checkIn(now);
    audit.record(
        "Rsvp",
        rsvp.getId(),
        "CHECK_IN",
        event.getCentre().getId(),
        Changes.of().field("member", null, memberId).field("checkedInAt", null, now));
    changed.fire(new AttendanceChanged(tenantId(), event.getId()));
    return rsvp;
  }

  /**
   * The attendee list as CSV, safe for spreadsheets, in the reader's language (headers, statuses,
   * dates); times on the centre's clock.
   */
  @Transactional
  public void export(long eventId, Formats formats, Writer out) {
    List<Rsvp> rows = attendees(eventId);
    ResourceBundle bundle = Texts.bundle(formats.getLocale());
    CsvWriter csv =
        CsvWriter.to(out, formats)
            .row(
                Stream.of(
                        "field.fullName",
                        "field.email",
                        "field.company",
                        "field.status",
                        "attendee.answeredAt",
                        "event.checkedIn")
                    .map(bundle::getString)
                    .toList());
    for (Rsvp r : rows) {
      var zone = r.getEvent().zone();
      csv.row(
          r.getMember().getFullName(),
          r.getMember().getEmail(),
          r.getMember().onDemand() ? "" : r.getMember().getCompany().getName(),
          bundle.getString(r.getStatus().getLabelKey()),
          formats.dateTime(r.getAnsweredAt(), zone),
          formats.dateTime(r.getCheckedInAt(), zone));
    }
    csv.flush();
  }

  private CommunityEvent readableByStaff(long eventId) {
    if (caller.isMember()) {
      throw new NotFoundException();
    }
    return access.readable(eventId).orElseThrow(NotFoundException::new);
  }

  private Optional<Rsvp> own(CommunityEvent event) {
    return em.createQuery(
            "select r from Rsvp r where r.event = :event and r.member.id = :me", Rsvp.class)
        .setParameter("event", event)
        .setParameter("me", caller.getPrincipal().personId())
        .getResultStream()
        .findFirst();
  }

  private long tenantId() {
    return tenancy.currentTenantId().orElseThrow();
  }
}
