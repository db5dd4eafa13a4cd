package io.atrium.spaces;

import io.atrium.audit.AuditTrail;
import io.atrium.identity.Action;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A floor's plan with its spaces drawn on it: the spaces a floor holds, and the outlines the floor
 * plan editor saves for them all at once (catalog:edit).
 */
@ApplicationScoped
public class FloorPlans {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject SpaceAccess access;

  @Inject AuditTrail audit;

  /** The spaces on a floor the caller may see, by name. */
  @Transactional
  public List<Space> spacesOn(long floorId) {
    Floor floor = access.readable(Floor.class, floorId);
    return em.createQuery(
            "select s from Space s where s.floorId = :floor order by s.name", Space.class)
        .setParameter("floor", floor.getId())
        .getResultList();
  }

  /**
   * Saves the outlines of the floor's spaces: each id to its shape ("x,y x,y …" fractions), or to
   * null or blank to take it off the plan. A space of another floor is not found; one bad shape
   * refuses them all, on the field {@code shape}.
   */
  @Transactional
  public List<Space> place(long floorId, Map<Long, String> shapes) {
    Floor floor = access.managed(Floor.class, floorId, Action.EDIT);
    for (Map.Entry<Long, String> entry : shapes.entrySet()) {
      Space space = em.find(Space.class, entry.getKey());
      if (space == null || !Objects.equals(space.getFloorId(), floor.getId())) {
        throw new NotFoundException();
      }
      String shape;
      try {
        shape = Shape.normalise(entry.getValue());
      } catch (IllegalArgumentException e) {
        throw InvalidFieldsException.of("shape", "space.shape.invalid");
      }
      if (!Objects.equals(shape, space.getShape())) {
        var before = Spaces.facts(space);
        space.setShape(shape);
        audit.record(
            "Space",
            space.getId(),
            "UPDATE",
            floor.getCentre().getId(),
            Spaces.changes(before, space));
      }
    }
    return spacesOn(floor.getId());
  }
}
