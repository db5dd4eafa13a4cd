package io.atrium.payments;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Whether the staff caller holds a role that may see outstanding balances (one such role is enough,
 * as for every other right). Asked once per request.
 */
@RequestScoped
public class BalanceVisibility {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  private Boolean staffMaySee;

  @Transactional
  public boolean mayStaffSee() {
    if (staffMaySee == null) {
      AtriumPrincipal principal = caller.principal().orElse(null);
      staffMaySee =
          principal != null
              && principal.staff()
              && caller.rights().active()
              && ((Number)
                          em.createNativeQuery(
                                  "SELECT count(*) FROM staff_member_role m JOIN staff_role r"
                                      + " ON r.id = m.role_id WHERE m.staff_id = ?1"
                                      + " AND r.may_see_balances")
                              .setParameter(1, principal.personId())
                              .getSingleResult())
                      .longValue()
                  > 0;
    }
    return staffMaySee;
  }
}
