package io.atrium.directory.api;

import io.atrium.directory.Member;
import java.time.Instant;

/**
 * A member's file.
 *
 * @param companyRole ADMINISTRATOR, MANAGER or USER; null for an on-demand user
 * @param status INVITED, ACTIVE or DISABLED
 * @param homeCentre the home centre's code
 */
public record MemberDetails(
    long id,
    String fullName,
    String email,
    String phone,
    String language,
    String companyRole,
    String status,
    Long companyId,
    String company,
    String homeCentre,
    Instant createdAt) {

  static MemberDetails of(Member m) {
    return new MemberDetails(
        m.getId(),
        m.getFullName(),
        m.getEmail(),
        m.getPhone(),
        m.getLanguage(),
        m.getCompanyRole() == null ? null : m.getCompanyRole().name(),
        m.getStatus().name(),
        m.onDemand() ? null : m.getCompany().getId(),
        m.onDemand() ? null : m.getCompany().getName(),
        m.getHomeCentre().getCode(),
        m.getCreatedAt());
  }
}
