package io.atrium.spaces;

import io.atrium.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The event spaces of a centre, for the modules that hold events there (community events): read by
 * whoever works in the centre, without catalog rights, as a community manager planning an event
 * needs no catalogue rights to name its room.
 */
@ApplicationScoped
public class EventSpaces {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** The centre's event spaces by name; none for a centre the caller does not work in. */
  @Transactional
  public List<Space> inCentre(long centreId) {
    if (!caller.centres().allows(centreId)) {
      return List.of();
    }
    return em.createQuery(
            "select s from Space s where s.centre.id = :centre and s.kind = :kind order by s.name",
            Space.class)
        .setParameter("centre", centreId)
        .setParameter("kind", Space.Kind.EVENT_SPACE)
        .getResultList();
  }

  /** The space if it is an event space of that centre, which the caller works in. */
  @Transactional
  public Optional<Space> find(long spaceId, long centreId) {
    return Optional.ofNullable(em.find(Space.class, spaceId))
        .filter(s -> s.getKind() == Space.Kind.EVENT_SPACE)
        .filter(s -> s.getCentre().getId() == centreId)
        .filter(s -> caller.centres().allows(centreId));
  }
}
