package io.atrium.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a signed-in person may do, fresh for each request, so a role edited in the rights
 * matrix, a deactivated account or a suspended tenant takes effect at once. Queries by entity name,
 * as the tenancy, staff and directory capabilities sit above this one.
 */
@ApplicationScoped
public class CallerRights {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** What a staff member may do; nothing when they or their tenant are no longer active. */
  @Transactional
  public Rights ofStaff(long tenantId, long staffId) {
    if (!tenantActive(tenantId)) {
      return Rights.NONE;
    }
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

  /** What a member may do in the client space; nothing when they or their tenant are disabled. */
  @Transactional
  public Rights ofMember(long tenantId, long memberId) {
    if (!tenantActive(tenantId)) {
      return Rights.NONE;
    }
    List<Object[]> member =
        em.createQuery(
                "select m.status, m.companyRole, c.id, m.homeCentre.id from Member m"
                    + " left join m.company c where m.id = :id",
                Object[].class)
            .setParameter("id", memberId)
            .getResultList();
    if (member.isEmpty() || !"ACTIVE".equals(String.valueOf(member.get(0)[0]))) {
      return Rights.NONE;
    }
    Object[] row = member.get(0);
    CompanyRole role = row[1] == null ? CompanyRole.USER : (CompanyRole) row[1];
    return new Rights(
        Set.of(),
        EnumSet.copyOf(role.rights()),
        new CentreScope(false, Set.of((Long) row[3])),
        (Long) row[2],
        row[1] == null ? null : role);
  }

  /** A suspended tenant's people keep their sessions and tokens, but may no longer do anything. */
  private boolean tenantActive(long tenantId) {
    return em.createQuery("select t.status from Tenant t where t.id = :id", Object.class)
        .setParameter("id", tenantId)
        .getResultStream()
        .findFirst()
        .map(status -> "ACTIVE".equals(String.valueOf(status)))
        .orElse(false);
  }

  /** A caller's permissions (staff), client rights (members) and centres. */
  public record Rights(
      Set<Permission> permissions,
      Set<ClientRight> clientRights,
      CentreScope centres,
      Long companyId,
      CompanyRole companyRole) {
    public static final Rights NONE =
        new Rights(
            Set.of(),
            EnumSet.noneOf(ClientRight.class),
            new CentreScope(false, Set.of()),
            null,
            null);

    public boolean active() {
      return this != NONE;
    }
  }
}
