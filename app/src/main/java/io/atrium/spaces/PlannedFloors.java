package io.atrium.spaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A centre's floors with a plan and the spaces placed on them, for the bookings' planning: read
 * only, no rights checked here, as the capability showing them checks its own and the centre it
 * names is one it has checked the reader may see (as {@code catalogue.ItemChoices}).
 */
@ApplicationScoped
public class PlannedFloors {

  /** A floor with a plan and its placed spaces, by name. */
  public record PlannedFloor(Floor floor, List<Space> spaces) {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Transactional
  public List<PlannedFloor> of(long centreId) {
    List<Floor> floors =
        em.createQuery(
                "select f from Floor f where f.centre.id = :centre and f.planKey is not null"
                    + " order by f.level, f.name",
                Floor.class)
            .setParameter("centre", centreId)
            .getResultList();
    if (floors.isEmpty()) {
      return List.of();
    }
    List<Space> spaces =
        em.createQuery(
                "select s from Space s where s.floorId in :floors and s.shape is not null"
                    + " order by s.name",
                Space.class)
            .setParameter("floors", floors.stream().map(Floor::getId).toList())
            .getResultList();
    return floors.stream()
        .map(
            floor ->
                new PlannedFloor(
                    floor,
                    spaces.stream().filter(s -> floor.getId().equals(s.getFloorId())).toList()))
        .toList();
  }
}
