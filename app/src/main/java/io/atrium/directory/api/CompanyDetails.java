package io.atrium.directory.api;

import io.atrium.directory.Company;
import java.time.Instant;

/** A company's file, as its form shows it. */
public record CompanyDetails(
    long id,
    String name,
    String kind,
    String status,
    long homeCentreId,
    String homeCentre,
    String siren,
    String siret,
    String vatNumber,
    String gstin,
    String email,
    String phone,
    String billingLine,
    String billingPostalCode,
    String billingCity,
    String billingCountry,
    Long mainContactId,
    String mainContact,
    Instant createdAt) {

  static CompanyDetails of(Company c) {
    var contact = c.getMainContact();
    return new CompanyDetails(
        c.getId(),
        c.getName(),
        c.getKind().name(),
        c.getStatus().name(),
        c.getHomeCentre().getId(),
        c.getHomeCentre().getCode(),
        c.getSiren(),
        c.getSiret(),
        c.getVatNumber(),
        c.getGstin(),
        c.getEmail(),
        c.getPhone(),
        c.getBillingLine(),
        c.getBillingPostalCode(),
        c.getBillingCity(),
        c.getBillingCountry(),
        contact == null ? null : contact.getId(),
        contact == null ? null : contact.getFullName(),
        c.getCreatedAt());
  }
}
