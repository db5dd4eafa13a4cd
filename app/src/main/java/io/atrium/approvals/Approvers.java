package io.atrium.approvals;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.staff.CentreStaff;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * Who may discount how far, and who decides above that: a staff member's ceiling is the highest
 * maximum discount among their roles (one role's ceiling is enough, as for every other right they
 * hold); approvers are the active staff holding pricing:approve who work in the document's centre.
 */
@ApplicationScoped
class Approvers {

  static final Permission APPROVE = Permission.of(Area.PRICING, Action.APPROVE);

  @Inject CentreStaff centreStaff;

  static BigDecimal ceiling(StaffMember staff) {
    return staff.getRoles().stream()
        .map(StaffRole::getMaxDiscountPercent)
        .filter(p -> p != null)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  /** The approvers of a centre's requests but the requester, by name. */
  List<StaffMember> of(Centre centre, long requesterId) {
    return centreStaff.activeIn(centre).stream()
        .filter(s -> s.getId() != requesterId)
        .filter(s -> s.getRoles().stream().anyMatch(r -> r.grants(APPROVE)))
        .toList();
  }
}
