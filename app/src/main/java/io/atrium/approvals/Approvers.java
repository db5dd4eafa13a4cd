package io.atrium.approvals;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.staff.CentreStaff;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who decides above a ceiling ({@link io.atrium.staff.StaffMember#discountCeiling()}): the active
 * staff holding pricing:approve who work in the document's centre.
 */
@ApplicationScoped
class Approvers {

  static final Permission APPROVE = Permission.of(Area.PRICING, Action.APPROVE);

  @Inject CentreStaff centreStaff;

  /** The approvers of a centre's requests but the requester, by name. */
  List<StaffMember> of(Centre centre, long requesterId) {
    return centreStaff.activeIn(centre).stream()
        .filter(s -> s.getId() != requesterId)
        .filter(s -> s.getRoles().stream().anyMatch(r -> r.grants(APPROVE)))
        .toList();
  }
}
