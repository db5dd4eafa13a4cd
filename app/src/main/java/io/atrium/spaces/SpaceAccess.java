package io.atrium.spaces;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who reaches which floor and space: staff with catalog rights in its centre. Any other row is "not
 * found", like another tenant's, whether its id came in a path, a body or a form (package rule 5).
 */
@ApplicationScoped
class SpaceAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  <T> T readable(Class<T> type, long id) {
    caller.require(Area.CATALOG, Action.READ);
    return seen(type, em.find(type, id));
  }

  /** A row of the caller's centres, locked, for a command needing catalog:action. */
  <T> T managed(Class<T> type, long id, Action action) {
    caller.require(Area.CATALOG, action);
    return seen(type, em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** A centre the caller works in, else not found (an id typed in a form or body). */
  Centre centre(Long id) {
    Centre centre = id == null ? null : em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return centre;
  }

  private <T> T seen(Class<T> type, T row) {
    Centre centre =
        row instanceof Floor floor
            ? floor.getCentre()
            : row instanceof Space space ? space.getCentre() : null;
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return row;
  }
}
