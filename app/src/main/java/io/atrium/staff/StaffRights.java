package io.atrium.staff;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.CallerRights.Rights;
import io.atrium.identity.CentreScope;
import io.atrium.identity.ClientRight;
import io.atrium.identity.Permission;
import io.atrium.identity.PersonRights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A staff member's rights: the union of their roles' permissions, in their centres. */
@ApplicationScoped
public class StaffRights implements PersonRights {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public AtriumPrincipal.Kind kind() {
    return AtriumPrincipal.Kind.STAFF;
  }

  @Override
  public Rights of(long staffId) {
    // The whole row, not two of its columns: a page then reads its language from the same
    // persistence context (CallerProfile), without a statement of its own.
    StaffMember staff = em.find(StaffMember.class, staffId);
    if (staff == null || !staff.isActive()) {
      return Rights.NONE;
    }
    Set<Permission> permissions = new HashSet<>();
    em.createQuery(
            "select p from StaffMember s join s.roles r join r.permissions p where s.id = :id",
            String.class)
        .setParameter("id", staffId)
        .getResultList()
        .forEach(key -> permissions.add(Permission.parse(key)));
    CentreScope scope =
        staff.isAllCentres()
            ? CentreScope.ALL
            : new CentreScope(
                false,
                Set.copyOf(
                    em.createQuery(
                            "select c.id from StaffMember s join s.centres c where s.id = :id",
                            Long.class)
                        .setParameter("id", staffId)
                        .getResultList()));
    return new Rights(permissions, EnumSet.noneOf(ClientRight.class), scope, null, null);
  }
}
