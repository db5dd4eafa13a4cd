package io.atrium.staff;

import java.util.Set;

/**
 * The roles a staff member holds and where they work.
 *
 * @param roleIds at least one of the tenant's roles
 * @param allCentres every centre, including centres opened later
 * @param centreIds the centres they work in when not all; at least one then
 */
public record StaffAssignment(Set<Long> roleIds, boolean allCentres, Set<Long> centreIds) {

  public StaffAssignment {
    roleIds = roleIds == null ? Set.of() : Set.copyOf(roleIds);
    centreIds = centreIds == null || allCentres ? Set.of() : Set.copyOf(centreIds);
  }
}
