package io.atrium.tenancy.manifest;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An operator as declared by {@code tenants/<slug>/tenant.yaml}: its settings, centres, roles,
 * staff and client companies, and what it offers (catalogue, premises, pricing). Read by {@link
 * ManifestReader}, which has checked every reference (role names, centre codes, GSTINs) before
 * building it.
 *
 * @param defaultLocale {@code en} or {@code fr}: staff and members default to it
 * @param country ISO 3166 alpha-2 code
 * @param invoiceMentions the legal mentions printed on invoices; empty when none
 */
public record TenantManifest(
    String slug,
    String legalName,
    String defaultLocale,
    Currency currency,
    ZoneId timeZone,
    String country,
    Legal legal,
    String invoiceMentions,
    Branding branding,
    List<CentreManifest> centres,
    List<RoleManifest> roles,
    List<StaffManifest> staff,
    List<CompanyManifest> companies,
    List<OnDemandUserManifest> onDemandUsers,
    OfferManifest offer,
    List<ContractManifest> contracts) {

  public TenantManifest {
    offer = offer == null ? OfferManifest.NONE : offer;
    contracts = contracts == null ? List.of() : List.copyOf(contracts); // i13-contracts
    centres = List.copyOf(centres);
    roles = List.copyOf(roles);
    staff = List.copyOf(staff);
    companies = List.copyOf(companies);
    onDemandUsers = List.copyOf(onDemandUsers);
  }

  /** An operator that offers nothing yet (the platform's "new tenant" form). */
  public TenantManifest(
      String slug,
      String legalName,
      String defaultLocale,
      Currency currency,
      ZoneId timeZone,
      String country,
      Legal legal,
      String invoiceMentions,
      Branding branding,
      List<CentreManifest> centres,
      List<RoleManifest> roles,
      List<StaffManifest> staff,
      List<CompanyManifest> companies,
      List<OnDemandUserManifest> onDemandUsers) {
    this(
        slug,
        legalName,
        defaultLocale,
        currency,
        timeZone,
        country,
        legal,
        invoiceMentions,
        branding,
        centres,
        roles,
        staff,
        companies,
        onDemandUsers,
        OfferManifest.NONE,
        List.of());
  }

  public Optional<CentreManifest> centre(String code) {
    return centres.stream().filter(centre -> centre.code().equals(code)).findFirst();
  }

  public Optional<RoleManifest> role(String name) {
    return roles.stream().filter(role -> role.name().equals(name)).findFirst();
  }

  public Optional<CompanyManifest> company(String name) {
    return companies.stream().filter(company -> company.name().equals(name)).findFirst();
  }

  /** The operator's own identifiers; which are required depends on its country. */
  /**
   * @param siren French company number (9 digits), or null
   * @param siret the registered office's establishment number (14 digits, the SIREN first), or null
   * @param vatNumber intra-community VAT number, or null
   * @param pan Indian Permanent Account Number, or null
   * @param gstins Indian GST registrations by state code ({@code 29} Karnataka), sorted; may be
   *     empty
   */
  public record Legal(
      String siren, String siret, String vatNumber, String pan, SortedMap<String, String> gstins) {

    public Legal {
      gstins = Collections.unmodifiableSortedMap(new TreeMap<>(gstins));
    }
  }

  /**
   * @param logoUrl absolute http(s) URL, or null
   * @param primaryColour {@code #RRGGBB}, or null
   */
  public record Branding(String logoUrl, String primaryColour) {}
}
