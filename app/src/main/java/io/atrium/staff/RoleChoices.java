package io.atrium.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The tenant's roles for pickers of other capabilities (a staff discount belongs to a role): read
 * only, no rights checked here, as the capability showing the picker checks its own.
 */
@ApplicationScoped
public class RoleChoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Every role, by name. */
  @Transactional
  public List<StaffRole> all() {
    return em.createQuery("select r from StaffRole r order by lower(r.name), r.id", StaffRole.class)
        .getResultList();
  }
}
