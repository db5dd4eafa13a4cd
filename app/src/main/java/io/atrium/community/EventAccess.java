package io.atrium.community;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who reaches which event: staff with events rights in the event's centre; members the published
 * events of their home centre. Any other event is "not found", like another tenant's. Commands lock
 * the event's row first, so that answers, withdrawals and check-ins of one event queue behind each
 * other and seats are counted by one transaction at a time.
 */
@ApplicationScoped
class EventAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  Optional<CommunityEvent> readable(long id) {
    if (!caller.isMember()) {
      caller.require(Area.EVENTS, Action.READ);
    }
    return Optional.ofNullable(em.find(CommunityEvent.class, id)).filter(this::mayRead);
  }

  boolean mayRead(CommunityEvent event) {
    boolean inCentre = caller.centres().allows(event.getCentre().getId());
    return caller.isMember() ? inCentre && event.isPublished() : inCentre;
  }

  /** An event of the staff caller's centres, locked, for a command needing events:action. */
  CommunityEvent managed(long id, Action action) {
    caller.require(Area.EVENTS, action);
    CommunityEvent event = em.find(CommunityEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (event == null || !caller.centres().allows(event.getCentre().getId())) {
      throw new NotFoundException();
    }
    return event;
  }

  /**
   * A published event of the signed-in, active member's centre, locked, to answer it. An event the
   * caller cannot see is not found before anything else, as for any id; staff are then refused.
   */
  CommunityEvent answerable(long id) {
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    CommunityEvent event = em.find(CommunityEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (event == null
        || !event.isPublished()
        || !caller.centres().allows(event.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (!principal.member() || !caller.rights().active()) {
      throw new ForbiddenException();
    }
    return event;
  }
}
