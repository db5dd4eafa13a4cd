package io.atrium.directory;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.CallerRights.Rights;
import io.atrium.identity.CentreScope;
import io.atrium.identity.CompanyRole;
import io.atrium.identity.PersonRights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A client member's rights: those of their company role (document 001 §2; an on-demand user has the
 * User's), at their home centre.
 */
@ApplicationScoped
public class MemberRights implements PersonRights {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public AtriumPrincipal.Kind kind() {
    return AtriumPrincipal.Kind.MEMBER;
  }

  @Override
  public Rights of(long memberId) {
    List<Object[]> member =
        em.createQuery(
                "select m.status, m.companyRole, c.id, m.homeCentre.id from Member m"
                    + " left join m.company c where m.id = :id",
                Object[].class)
            .setParameter("id", memberId)
            .getResultList();
    if (member.isEmpty() || member.get(0)[0] != Member.Status.ACTIVE) {
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
}
