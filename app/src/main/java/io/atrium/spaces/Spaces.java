package io.atrium.spaces;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemChoices;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spaces of the caller's centres: read with catalog:read, created with catalog:create, changed
 * (and placed on their floor's plan) with catalog:edit. See the package's rules.
 */
@ApplicationScoped
public class Spaces {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject SpaceAccess access;

  @Inject SpaceRules rules;

  @Inject AuditTrail audit;

  @Inject ItemChoices offered;

  /** The caller's centres' spaces as searched, by centre, floor and name. */
  @Transactional
  public List<Space> list(SpaceSearch search, int first, int max) {
    return query("select s", search, " order by s.centre.code, s.floorId, s.name", Space.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(SpaceSearch search) {
    return query("select count(s)", search, "", Long.class).getSingleResult();
  }

  /**
   * @throws NotFoundException unless the caller may read the space
   */
  @Transactional
  public Space get(long id) {
    return access.readable(Space.class, id);
  }

  /** The active catalogue items the centre offers: what may price its spaces. */
  @Transactional
  public List<CatalogueItem> offeredIn(long centreId) {
    return offered.offeredIn(access.centre(centreId).getId());
  }

  @Transactional
  public Space create(SpaceDetails details) {
    caller.require(Area.CATALOG, Action.CREATE);
    Centre centre = access.centre(details.getCentreId());
    SpaceRules.Checked checked = rules.check(details, centre, null);
    Space space = new Space(centre, details.getKind(), details.getName());
    space.describe(details, checked.item(), checked.shape());
    em.persist(space);
    audit.record("Space", space.getId(), "CREATE", centre.getId(), changes(null, space));
    return space;
  }

  /** Saves the form; the centre never changes (the space is a part of its building). */
  @Transactional
  public Space update(long id, SpaceDetails details) {
    Space space = access.managed(Space.class, id, Action.EDIT);
    details.setCentreId(space.getCentre().getId());
    SpaceRules.Checked checked = rules.check(details, space.getCentre(), space);
    Map<String, Object> before = facts(space);
    space.describe(details, checked.item(), checked.shape());
    audit.record(
        "Space", space.getId(), "UPDATE", space.getCentre().getId(), changes(before, space));
    return space;
  }

  private <T> TypedQuery<T> query(String select, SpaceSearch search, String order, Class<T> type) {
    caller.require(Area.CATALOG, Action.READ);
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(" where " + Where.inCentres("s.centre.id", caller.centres(), parameters));
    if (search.centreId() != null) {
      access.centre(search.centreId()); // an unseen centre is not found, as everywhere
      where.append(" and s.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.floorId() != null) {
      where.append(" and s.floorId = :floor");
      parameters.put("floor", search.floorId());
    }
    if (search.kind() != null) {
      where.append(" and s.kind = :kind");
      parameters.put("kind", search.kind());
    }
    if (search.status() != null) {
      where.append(" and s.status = :status");
      parameters.put("status", search.status());
    }
    TypedQuery<T> query = em.createQuery(select + " from Space s" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /** The audited facts of a space. */
  static Map<String, Object> facts(Space space) {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (space != null) {
      facts.put("kind", space.getKind());
      facts.put("name", space.getName());
      facts.put("floorId", space.getFloorId());
      facts.put("areaSqm", space.getAreaSqm());
      facts.put("capacity", space.getCapacity());
      facts.put("amenities", space.getAmenities());
      facts.put(
          "catalogueItem",
          space.getCatalogueItem() == null ? null : space.getCatalogueItem().getCode());
      facts.put("bookable", space.isBookable());
      facts.put("openingHours", space.getOpeningHours());
      facts.put("status", space.getStatus());
      facts.put("shape", space.getShape());
    }
    return facts;
  }

  static Changes changes(Map<String, Object> before, Space after) {
    return Changes.between(before == null ? Map.of() : before, facts(after));
  }
}
