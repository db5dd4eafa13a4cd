package io.atrium.spaces;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.files.FileStore;
import io.atrium.shared.files.StoredFile;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The floors of the caller's centres and their plan images: read with catalog:read, created with
 * catalog:create, renamed and given a plan with catalog:edit. See the package's rules.
 */
@ApplicationScoped
public class Floors {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject CentreNames names;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject SpaceAccess access;

  @Inject AuditTrail audit;

  @Inject FileStore files;

  @Inject Event<PlanReplaced> planReplaced;

  /** The floors of one centre of the caller's, or of all of them (null), by centre and level. */
  @Transactional
  public List<Floor> list(Long centreId) {
    caller.require(Area.CATALOG, Action.READ);
    Map<String, Object> parameters = new HashMap<>();
    String where = Where.inCentres("f.centre.id", caller.centres(), parameters);
    if (centreId != null) {
      where += " and f.centre.id = :centre";
      parameters.put("centre", centreId);
    }
    TypedQuery<Floor> query =
        em.createQuery(
            "select f from Floor f where " + where + " order by f.centre.code, f.level, f.name",
            Floor.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  /**
   * @throws NotFoundException unless the caller may read the floor
   */
  @Transactional
  public Floor get(long id) {
    return access.readable(Floor.class, id);
  }

  /** Creates a floor, with its plan when one is given; nothing is kept if any of it is refused. */
  @Transactional
  public Floor create(FloorDetails details, PlanUpload plan) {
    caller.require(Area.CATALOG, Action.CREATE);
    Centre centre = access.centre(details.getCentreId());
    check(details, centre, null);
    Floor floor = new Floor(centre, details.getName().strip(), details.getLevel());
    em.persist(floor);
    if (plan != null) {
      attach(floor, plan);
    }
    audit.record("Floor", floor.getId(), "CREATE", centre.getId(), changes(Map.of(), floor));
    return floor;
  }

  /** Renames the floor or changes its level, and its plan when one is given. */
  @Transactional
  public Floor update(long id, FloorDetails details, PlanUpload plan) {
    Floor floor = access.managed(Floor.class, id, Action.EDIT);
    check(details, floor.getCentre(), floor);
    Map<String, Object> before = facts(floor);
    floor.setName(details.getName().strip());
    floor.setLevel(details.getLevel());
    if (plan != null) {
      attach(floor, plan);
    }
    audit.record(
        "Floor", floor.getId(), "UPDATE", floor.getCentre().getId(), changes(before, floor));
    return floor;
  }

  /** Replaces the plan alone (the API's upload). */
  @Transactional
  public Floor changePlan(long id, PlanUpload plan) {
    Floor floor = access.managed(Floor.class, id, Action.EDIT);
    Map<String, Object> before = facts(floor);
    attach(floor, plan);
    audit.record(
        "Floor", floor.getId(), "UPDATE", floor.getCentre().getId(), changes(before, floor));
    return floor;
  }

  /**
   * The plan of a floor the caller may see, if it has one: with catalog:read, or with bookings:read
   * for the bookings' planning, which draws it free and busy.
   */
  @Transactional
  public Optional<PlanFile> plan(long id) {
    Floor floor = caller.can("catalog:read") ? get(id) : forPlanning(id);
    if (!floor.hasPlan()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PlanFile(files.open(floor.getPlanKey()), floor.getPlanType()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Floor forPlanning(long id) {
    caller.require(Area.BOOKINGS, Action.READ);
    Floor floor = em.find(Floor.class, id);
    if (floor == null || !caller.centres().allows(floor.getCentre().getId())) {
      throw new NotFoundException();
    }
    return floor;
  }

  private void attach(Floor floor, PlanUpload upload) {
    if (upload.content() == null) {
      throw InvalidFieldsException.of(PlanImage.FIELD, "file.rejected.empty");
    }
    PlanImage image = PlanImage.read(upload.content(), files.maxBytes());
    long tenantId = tenancy.currentTenantId().orElseThrow();
    StoredFile file = files.storeChecked(tenantId, upload.name(), image.content(), image.kind());
    String previous = floor.getPlanKey();
    floor.showPlan(file.key(), image.kind().contentType(), image.width(), image.height());
    if (previous != null) {
      planReplaced.fire(new PlanReplaced(previous));
    }
  }

  private void check(FloorDetails details, Centre centre, Floor existing) {
    Map<String, String> errors = new LinkedHashMap<>();
    names.check(
        errors,
        "Floor",
        details.getName(),
        60,
        centre,
        existing == null ? null : existing.getId(),
        "floor.name.taken");
    Integer level = details.getLevel();
    if (level == null) {
      errors.put("level", "space.required");
    } else if (level < -10 || level > 200) {
      errors.put("level", "floor.level.range");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private static Map<String, Object> facts(Floor floor) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("name", floor.getName());
    facts.put("level", floor.getLevel());
    facts.put("planKey", floor.getPlanKey());
    facts.put("planType", floor.getPlanType());
    return facts;
  }

  private static Changes changes(Map<String, Object> before, Floor after) {
    return Changes.between(before, facts(after));
  }
}
