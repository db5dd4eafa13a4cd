package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Details of the caller shown on /api/me and in the user menu. */
@ApplicationScoped
public class CallerProfile {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Transactional
  public List<String> roleNames(AtriumPrincipal principal) {
    if (!principal.staff()) {
      return List.of();
    }
    StaffMember staff = em.find(StaffMember.class, principal.personId());
    return staff == null
        ? List.of()
        : staff.getRoles().stream().map(StaffRole::getName).sorted().toList();
  }
}
