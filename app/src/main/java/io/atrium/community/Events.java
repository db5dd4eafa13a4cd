package io.atrium.community;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.files.FileKind;
import io.atrium.shared.files.FileStore;
import io.atrium.shared.files.StoredFile;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Community events (Communauté → Évènements clients). Staff read them with events:read in their
 * centres, create them with events:create, edit, publish and check in with events:edit, cancel them
 * with events:delete; members read the published, upcoming events of their home centre. See the
 * package's rules.
 */
@ApplicationScoped
public class Events {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject EventAccess access;

  @Inject EventPlanner planner;

  @Inject Waitlist waitlist;

  @Inject EventMessages messages;

  @Inject AuditTrail audit;

  @Inject FileStore files;

  @Inject Event<CoverReplaced> coverReplaced;

  @Inject Event<AttendanceChanged> attendanceChanged;

  Clock clock = Clock.systemUTC();

  /** Staff: their centres' events as searched, by start. Members: their centre's upcoming ones. */
  @Transactional
  public List<CommunityEvent> list(EventSearch search, int first, int max) {
    return query("select e", search, " order by e.startsAt, e.id", CommunityEvent.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(EventSearch search) {
    return query("select count(e)", search, "", Long.class).getSingleResult();
  }

  @Transactional
  public Optional<CommunityEvent> find(long id) {
    return access.readable(id);
  }

  /**
   * @throws NotFoundException unless the caller may read the event
   */
  @Transactional
  public CommunityEvent get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  /** Creates a draft, with its cover when one is given; nothing is kept if any of it is refused. */
  @Transactional
  public CommunityEvent create(EventDetails details, CoverUpload cover) {
    caller.require(Area.EVENTS, Action.CREATE);
    EventPlanner.Plan plan = planner.check(details, null);
    CommunityEvent event = new CommunityEvent(plan.centre());
    event.plan(details, plan.startsAt(), plan.endsAt());
    em.persist(event);
    if (cover != null) {
      attach(event, cover);
    }
    audit.record(
        "CommunityEvent", event.getId(), "CREATE", plan.centre().getId(), changes(null, event));
    return event;
  }

  /**
   * Saves the form of a draft or published event (and its new cover); more seats go to the first of
   * the waitlist. The centre never changes: its members were the ones invited.
   */
  @Transactional
  public CommunityEvent update(long id, EventDetails details, CoverUpload cover) {
    CommunityEvent event = access.managed(id, Action.EDIT);
    details.setCentreId(event.getCentre().getId());
    EventPlanner.Plan plan = planner.check(details, event);
    Snapshot before = new Snapshot(event);
    event.plan(details, plan.startsAt(), plan.endsAt());
    if (cover != null) {
      attach(event, cover);
    }
    if (waitlist.promote(event, clock.instant()) > 0) {
      attendanceChanged.fire(new AttendanceChanged(tenantId(), event.getId()));
    }
    audit.record(
        "CommunityEvent",
        event.getId(),
        "UPDATE",
        event.getCentre().getId(),
        changes(before, event));
    return event;
  }

  /**
   * Makes the event visible to its centre's members; with {@code broadcast}, e-mails each of them
   * the invitation in their language.
   */
  @Transactional
  public CommunityEvent publish(long id, boolean broadcast) {
    CommunityEvent event = access.managed(id, Action.EDIT);
    event.publish(clock.instant());
    int invited = broadcast ? messages.invite(event) : 0;
    audit.record(
        "CommunityEvent",
        event.getId(),
        "PUBLISH",
        event.getCentre().getId(),
        Changes.of()
            .field("state", CommunityEvent.State.DRAFT, event.getState())
            .field("invited", null, invited));
    return event;
  }

  /** Calls the event off; members who answered are told by e-mail and in their bell. */
  @Transactional
  public CommunityEvent cancel(long id) {
    CommunityEvent event = access.managed(id, Action.DELETE);
    CommunityEvent.State before = event.getState();
    if (event.cancel(clock.instant())) {
      messages.cancelled(
          event,
          em.createQuery(
                  "select r from Rsvp r where r.event = :event and r.status <> :cancelled",
                  Rsvp.class)
              .setParameter("event", event)
              .setParameter("cancelled", Rsvp.Status.CANCELLED)
              .getResultList());
      attendanceChanged.fire(new AttendanceChanged(tenantId(), event.getId()));
    }
    audit.record(
        "CommunityEvent",
        event.getId(),
        "CANCEL",
        event.getCentre().getId(),
        Changes.of().field("state", before, event.getState()));
    return event;
  }

  /** Replaces the cover image alone (the API's upload). */
  @Transactional
  public CommunityEvent changeCover(long id, CoverUpload cover) {
    CommunityEvent event = access.managed(id, Action.EDIT);
    String before = event.getCoverName();
    attach(event, cover);
    audit.record(
        "CommunityEvent",
        event.getId(),
        "UPDATE",
        event.getCentre().getId(),
        Changes.of().field("cover", before, event.getCoverName()));
    return event;
  }

  /** The cover of an event the caller may see, if it has one. */
  @Transactional
  public Optional<Cover> cover(long id) {
    CommunityEvent event = get(id);
    if (!event.hasCover()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Cover(files.open(event.getCoverKey()), event.getCoverType()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void attach(CommunityEvent event, CoverUpload cover) {
    if (cover.content() == null) {
      throw InvalidFieldsException.of("cover", "file.rejected.empty");
    }
    StoredFile file =
        files.store(tenantId(), "cover", cover.name(), cover.content(), FileKind.IMAGES);
    String previous = event.getCoverKey();
    event.showCover(file.key(), file.kind().contentType(), file.originalName());
    if (previous != null) {
      coverReplaced.fire(new CoverReplaced(previous));
    }
  }

  private <T> TypedQuery<T> query(String select, EventSearch search, String order, Class<T> type) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(" where " + Where.inCentres("e.centre.id", caller.centres(), parameters));
    if (caller.isMember()) {
      where.append(" and e.state = :state and e.endsAt > :now");
      parameters.put("state", CommunityEvent.State.PUBLISHED);
      parameters.put("now", clock.instant());
    } else {
      caller.require(Area.EVENTS, Action.READ);
      ZoneId zone = ZoneId.of(em.find(Tenant.class, tenantId()).getTimeZone());
      if (search.state() != null) {
        where.append(" and e.state = :state");
        parameters.put("state", search.state());
      }
      if (search.centreId() != null) {
        where.append(" and e.centre.id = :centre");
        parameters.put("centre", search.centreId());
      }
      if (search.from() != null) {
        where.append(" and e.startsAt >= :from");
        parameters.put("from", search.from().atStartOfDay(zone).toInstant());
      }
      if (search.to() != null) {
        where.append(" and e.startsAt < :to");
        parameters.put("to", search.to().plusDays(1).atStartOfDay(zone).toInstant());
      }
    }
    TypedQuery<T> query = em.createQuery(select + " from CommunityEvent e" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private long tenantId() {
    return tenancy.currentTenantId().orElseThrow();
  }

  private static Changes changes(Snapshot before, CommunityEvent after) {
    Snapshot old = before == null ? new Snapshot(null) : before;
    return Changes.of()
        .field("title", old.title, after.getTitle())
        .field("description", old.description, after.getDescription())
        .field("startsAt", old.startsAt, after.getStartsAt())
        .field("endsAt", old.endsAt, after.getEndsAt())
        .field("location", old.location, after.getLocation())
        .field("capacity", old.capacity, after.getCapacity())
        .field("cover", old.cover, after.getCoverName())
        .field("spaceId", old.spaceId, after.getSpaceId());
  }

  /** The audited fields before a change. */
  private static final class Snapshot {
    final String title;
    final String description;
    final Instant startsAt;
    final Instant endsAt;
    final String location;
    final Integer capacity;
    final String cover;
    final Long spaceId;

    Snapshot(CommunityEvent event) {
      title = event == null ? null : event.getTitle();
      description = event == null ? null : event.getDescription();
      startsAt = event == null ? null : event.getStartsAt();
      endsAt = event == null ? null : event.getEndsAt();
      location = event == null ? null : event.getLocation();
      capacity = event == null ? null : event.getCapacity();
      cover = event == null ? null : event.getCoverName();
      spaceId = event == null ? null : event.getSpaceId();
    }
  }
}
