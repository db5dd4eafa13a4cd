package io.atrium.staff;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the audit log keeps of staff and roles: their fields as people read them (roles by name,
 * centres by code, permissions as {@code area:action}), compared before and after each command.
 * Staff and roles are tenant-wide, so their entries carry no centre.
 */
@ApplicationScoped
class StaffAudit {

  @Inject AuditTrail trail;

  void staff(StaffMember staff, String action, Map<String, Object> before) {
    trail.record(
        "StaffMember", staff.getId(), action, null, Changes.between(before, fields(staff)));
  }

  /** Records the role's change, if any: a save that changed nothing leaves no entry. */
  void role(StaffRole role, String action, Map<String, Object> before) {
    Changes changes = Changes.between(before, fields(role));
    if (!changes.isEmpty() || !action.equals("UPDATE")) {
      trail.record("StaffRole", role.getId(), action, null, changes);
    }
  }

  static Map<String, Object> fields(StaffMember staff) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("fullName", staff.getFullName());
    fields.put("email", staff.getEmail());
    fields.put("phone", staff.getPhone());
    fields.put("language", staff.getLanguage());
    fields.put("roles", new TreeSet<>(staff.getRoles().stream().map(StaffRole::getName).toList()));
    fields.put("allCentres", staff.isAllCentres());
    fields.put("centres", new TreeSet<>(staff.getCentres().stream().map(Centre::getCode).toList()));
    fields.put("active", staff.isActive());
    return fields;
  }

  static Map<String, Object> fields(StaffRole role) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", role.getName());
    fields.put("maxDiscountPercent", role.getMaxDiscountPercent());
    fields.put("maySeeBalances", role.isMaySeeBalances());
    fields.put("permissions", new TreeSet<>(role.getPermissions()));
    return fields;
  }
}
