package io.atrium.staff.api;

import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import java.util.List;

/**
 * A staff member as the API shows them: roles by name, centres by code (empty when all).
 *
 * @param active whether they may sign in
 * @param status INVITED until they have set their password, then ACTIVE; or DEACTIVATED
 */
public record StaffSummary(
    long id,
    String fullName,
    String email,
    String phone,
    String language,
    boolean active,
    String status,
    boolean allCentres,
    List<String> roles,
    List<String> centres) {

  static StaffSummary of(StaffMember staff) {
    return new StaffSummary(
        staff.getId(),
        staff.getFullName(),
        staff.getEmail(),
        staff.getPhone(),
        staff.getLanguage(),
        staff.isActive(),
        staff.getStatus().name(),
        staff.isAllCentres(),
        staff.getRoles().stream().map(StaffRole::getName).sorted().toList(),
        staff.getCentres().stream().map(Centre::getCode).sorted().toList());
  }
}
