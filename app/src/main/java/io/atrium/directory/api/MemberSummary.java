package io.atrium.directory.api;

import io.atrium.directory.Member;

/**
 * One member in a list.
 *
 * @param companyRole ADMINISTRATOR, MANAGER or USER; null for an on-demand user
 * @param status INVITED, ACTIVE or DISABLED
 */
public record MemberSummary(
    long id, String fullName, String email, String companyRole, String status, Long companyId) {

  static MemberSummary of(Member m) {
    return new MemberSummary(
        m.getId(),
        m.getFullName(),
        m.getEmail(),
        m.getCompanyRole() == null ? null : m.getCompanyRole().name(),
        m.getStatus().name(),
        m.onDemand() ? null : m.getCompany().getId());
  }
}
