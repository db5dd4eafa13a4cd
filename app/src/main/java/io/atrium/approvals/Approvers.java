package io.atrium.approvals;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Who may discount how far, and who decides above that: a staff member's ceiling is the highest
 * maximum discount among their roles (one role's ceiling is enough, as for every other right they
 * hold); approvers are the active staff holding pricing:approve who work in the document's centre.
 */
@ApplicationScoped
class Approvers {

  static final String APPROVE = Permission.of(Area.PRICING, Action.APPROVE).key();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  static BigDecimal ceiling(StaffMember staff) {
    return staff.getRoles().stream()
        .map(StaffRole::getMaxDiscountPercent)
        .filter(p -> p != null)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  /** The approvers of a centre's requests but the requester, by name. */
  List<StaffMember> of(Centre centre, long requesterId) {
    return em.createQuery(
            "select distinct s from StaffMember s join s.roles r join r.permissions p"
                + " left join s.centres c where s.active = true and p = :approve"
                + " and (s.allCentres = true or c = :centre) and s.id <> :requester"
                + " order by s.fullName",
            StaffMember.class)
        .setParameter("approve", APPROVE)
        .setParameter("centre", centre)
        .setParameter("requester", requesterId)
        .getResultList();
  }
}
