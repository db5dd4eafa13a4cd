package io.atrium.staff;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Set;

/**
 * The rules both staff services share: nobody hands out a right they lack, and nobody locks staff
 * management out (rules 3 and 4 of the package). Called inside the service's transaction, after the
 * change is applied in memory, so a refusal rolls it back.
 */
@ApplicationScoped
public class StaffGuard {

  static final Permission STAFF_EDIT = Permission.of(Area.STAFF, Action.EDIT);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** Whether the caller holds every one of these permissions (as at the start of the request). */
  public boolean holdsAll(Collection<Permission> permissions) {
    Set<Permission> own = caller.rights().permissions();
    return own.containsAll(permissions);
  }

  /**
   * @throws LockoutException when the caller no longer holds {@code staff:edit}, or no role grants
   *     it any more
   */
  public void refuseLockout() {
    long self = caller.require(Area.STAFF, Action.EDIT).personId();
    StaffMember me = em.find(StaffMember.class, self);
    if (me == null
        || !me.isActive()
        || me.getRoles().stream().noneMatch(role -> role.grants(STAFF_EDIT))) {
      throw new LockoutException(LockoutException.SELF);
    }
    boolean anyRole =
        em.createQuery("select r from StaffRole r", StaffRole.class).getResultList().stream()
            .anyMatch(role -> role.grants(STAFF_EDIT));
    if (!anyRole) {
      throw new LockoutException(LockoutException.LAST_ROLE);
    }
  }
}
