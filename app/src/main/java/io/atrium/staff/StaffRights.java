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
import java.util.List;
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
    List<Object[]> staff =
        em.createQuery(
                "select s.active, s.allCentres from StaffMember s where s.id = :id", Object[].class)
            .setParameter("id", staffId)
            .getResultList();
    if (staff.isEmpty() || !(Boolean) staff.get(0)[0]) {
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
        (Boolean) staff.get(0)[1]
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
