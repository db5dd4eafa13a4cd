package io.atrium.staff.web;

import io.atrium.shared.web.EntityParam;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffMembers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The staff member of a page's {@code ?id=}, if the caller may see them, else 404 (403 without the
 * right to see staff).
 */
@Named
@ApplicationScoped
public class StaffMemberParam extends EntityParam<StaffMember> {

  StaffMemberParam() {}

  @Inject
  StaffMemberParam(StaffMembers service) {
    super(service::get, StaffMember::getId);
  }
}
