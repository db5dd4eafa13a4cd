package io.atrium.tenancy.manifest;

import java.util.List;

/**
 * A client company (or a prospect) and its members.
 *
 * @param homeCentre code of the centre it belongs to
 * @param legal its identifiers, or null when none are known yet
 * @param billingAddress required for a client; may be null for a prospect
 * @param email the company's own address, or null
 * @param mainContact email of one of its members (the first by default); null without members
 */
public record CompanyManifest(
    String name,
    Type type,
    String homeCentre,
    Legal legal,
    Address billingAddress,
    String email,
    String phone,
    List<MemberManifest> members,
    String mainContact) {

  public CompanyManifest {
    members = List.copyOf(members);
  }

  public enum Type {
    PROSPECT,
    CLIENT
  }

  /**
   * French identifiers (SIREN, SIRET, VAT number) or an Indian GSTIN; any may be null.
   *
   * @param siret the establishment number, 14 digits starting with the SIREN
   */
  public record Legal(String siren, String siret, String vatNumber, String gstin) {}
}
