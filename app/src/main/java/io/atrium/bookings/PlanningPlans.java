package io.atrium.bookings;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Floor;
import io.atrium.spaces.PlannedFloors;
import io.atrium.spaces.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The floor plans of the planning (001 §8, "plan 2D"): each floor of a centre with a plan, its
 * placed spaces and what each is at a moment: booked (a held booking covers it), occupied (under
 * contract), out of service, or free. Bookings:read, as the planning.
 */
@ApplicationScoped
public class PlanningPlans {

  /** What a space is at the chosen moment, as the plan colours and names it. */
  public enum State {
    FREE("space-available"),
    BOOKED("space-booked"),
    OCCUPIED("space-occupied"),
    OUT_OF_SERVICE("space-out-of-service");

    private final String cssClass;

    State(String cssClass) {
      this.cssClass = cssClass;
    }

    public String getCssClass() {
      return cssClass;
    }

    public String getLabelKey() {
      return "planning.plan." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** A placed space and its state. */
  public record PlanSpace(Space space, State state) {}

  /** A floor with a plan and its placed spaces. */
  public record FloorPlan(Floor floor, List<PlanSpace> spaces) {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject PlannedFloors floors;

  @Transactional
  public List<FloorPlan> at(long centreId, Instant moment) {
    caller.require(Area.BOOKINGS, Action.READ);
    if (!caller.centres().allows(centreId)) {
      throw new NotFoundException();
    }
    Set<Long> booked =
        new HashSet<>(
            em.createQuery(
                    "select b.space.id from Booking b where b.centre.id = :centre and b.status <>"
                        + " :cancelled and b.startsAt <= :moment and b.endsAt > :moment",
                    Long.class)
                .setParameter("centre", centreId)
                .setParameter("cancelled", Booking.Status.CANCELLED)
                .setParameter("moment", moment)
                .getResultList());
    return floors.of(centreId).stream()
        .map(
            planned ->
                new FloorPlan(
                    planned.floor(),
                    planned.spaces().stream()
                        .map(s -> new PlanSpace(s, state(s, booked)))
                        .toList()))
        .toList();
  }

  private static State state(Space space, Set<Long> booked) {
    if (space.getStatus() == Space.Status.OUT_OF_SERVICE) {
      return State.OUT_OF_SERVICE;
    }
    if (booked.contains(space.getId())) {
      return State.BOOKED;
    }
    return space.getStatus() == Space.Status.OCCUPIED ? State.OCCUPIED : State.FREE;
  }
}
