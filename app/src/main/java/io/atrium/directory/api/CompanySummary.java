package io.atrium.directory.api;

import io.atrium.directory.Company;

/**
 * One company in a list.
 *
 * @param kind PROSPECT or CLIENT
 * @param status ACTIVE or ARCHIVED
 * @param homeCentre the home centre's code (PAR1)
 * @param mainContact the main contact's name, if any
 */
public record CompanySummary(
    long id,
    String name,
    String kind,
    String status,
    String homeCentre,
    String email,
    String mainContact) {

  static CompanySummary of(Company company) {
    return new CompanySummary(
        company.getId(),
        company.getName(),
        company.getKind().name(),
        company.getStatus().name(),
        company.getHomeCentre().getCode(),
        company.getEmail(),
        company.getMainContact() == null ? null : company.getMainContact().getFullName());
  }
}
