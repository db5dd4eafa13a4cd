package io.atrium.bookings;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The days a centre is closed, on top of its spaces' opening hours: bookings:read to list them,
 * bookings:edit to add or remove one, audited. A booking touching one is refused naming it.
 */
@ApplicationScoped
public class CentreClosures {

  /** The longest label: what the holiday is called. */
  static final int LABEL = 120;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  /** The centre's closures from a day on, in order. */
  @Transactional
  public List<CentreClosure> of(long centreId, LocalDate from) {
    caller.require(Area.BOOKINGS, Action.READ);
    Centre centre = centre(centreId);
    return em.createQuery(
            "select c from CentreClosure c where c.centre = :centre and c.day >= :from"
                + " order by c.day",
            CentreClosure.class)
        .setParameter("centre", centre)
        .setParameter("from", from)
        .setMaxResults(500)
        .getResultList();
  }

  @Transactional
  public CentreClosure add(Long centreId, LocalDate day, String label) {
    caller.require(Area.BOOKINGS, Action.EDIT);
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre = null;
    if (centreId == null) {
      errors.put("centreId", "booking.rules.centre");
    } else {
      centre = em.find(Centre.class, centreId);
      if (centre == null || !caller.centres().allows(centre.getId())) {
        errors.put("centreId", "booking.rules.centre");
        centre = null;
      }
    }
    if (day == null) {
      errors.put("day", "closure.day.required");
    }
    String name = label == null ? "" : label.strip();
    if (name.isEmpty()) {
      errors.put("label", "closure.label.required");
    } else if (name.length() > LABEL) {
      errors.put("label", "closure.label.long");
    }
    if (errors.isEmpty() && on(centre, day, day).isPresent()) {
      errors.put("day", "closure.day.taken");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    CentreClosure closure = new CentreClosure(centre, day, name);
    em.persist(closure);
    audit.record(
        "CentreClosure",
        closure.getId(),
        "CREATE",
        centre.getId(),
        Changes.of().field("day", null, day).field("label", null, name));
    return closure;
  }

  @Transactional
  public void remove(long id) {
    caller.require(Area.BOOKINGS, Action.EDIT);
    CentreClosure closure = em.find(CentreClosure.class, id);
    if (closure == null || !caller.centres().allows(closure.getCentre().getId())) {
      throw new NotFoundException();
    }
    audit.record(
        "CentreClosure",
        closure.getId(),
        "DELETE",
        closure.getCentre().getId(),
        Changes.of().field("day", closure.getDay(), null).field("label", closure.getLabel(), null));
    em.remove(closure);
  }

  /** The first closure of the space's centre on a day the time range touches, on its clock. */
  Optional<CentreClosure> during(Space space, Instant from, Instant to) {
    ZoneId zone = space.getCentre().zone();
    LocalDate first = from.atZone(zone).toLocalDate();
    // An end at midnight does not touch the next day.
    LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
    return on(space.getCentre(), first, last);
  }

  private Optional<CentreClosure> on(Centre centre, LocalDate first, LocalDate last) {
    return em
        .createQuery(
            "select c from CentreClosure c where c.centre = :centre and c.day between :first"
                + " and :last order by c.day",
            CentreClosure.class)
        .setParameter("centre", centre)
        .setParameter("first", first)
        .setParameter("last", last)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Centre centre(long id) {
    Centre centre = em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return centre;
  }
}
