package io.atrium.tenancy.manifest;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a whole manifest, section by section, in the order references need: centres before the
 * staff and companies that name them, roles before the staff that hold them.
 */
final class TenantMapper {

  static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,30}");

  private TenantMapper() {}

  /**
   * @param expectedSlug the manifest's folder name, or null when read on its own
   * @param files the files beside the manifest, or null when it has no folder
   */
  static TenantManifest tenant(ManifestNode root, String expectedSlug, ManifestFiles files) {
    ManifestMap map =
        root.map(
            "slug",
            "legalName",
            "defaultLocale",
            "currency",
            "timeZone",
            "country",
            "legal",
            "invoiceMentions",
            "branding",
            "centres",
            "roles",
            "staff",
            "companies",
            "onDemandUsers",
            "catalogue",
            "floors",
            "spaces",
            "assets",
            "pricing",
            "contracts");
    String slug =
        map.get("slug")
            .text(
                SLUG,
                "must be 2 to 31 lower-case letters, digits or dashes, starting with a letter");
    if (expectedSlug != null && !slug.equals(expectedSlug)) {
      throw map.get("slug").problem("must equal the folder name " + expectedSlug);
    }
    String legalName = map.get("legalName").text();
    String locale = Values.language(map.get("defaultLocale"), null);
    Currency currency = Values.currency(map.get("currency"), null);
    ZoneId timeZone = Values.timeZone(map.get("timeZone"), null);
    String country = Values.country(map.get("country"));
    TenantManifest.Legal legal = LegalMapper.tenant(map.get("legal"), country);
    String invoiceMentions = map.get("invoiceMentions").textOr("");
    TenantManifest.Branding branding = branding(map.get("branding"));

    List<CentreManifest> centres =
        CentreMapper.centres(map.get("centres"), legal, currency, timeZone);
    List<String> centreCodes = centres.stream().map(CentreManifest::code).toList();
    List<RoleManifest> roles = RoleMapper.roles(map.get("roles"));
    Set<String> roleNames = roles.stream().map(RoleManifest::name).collect(Collectors.toSet());
    List<StaffManifest> staff = StaffMapper.staff(map.get("staff"), locale, centreCodes, roleNames);
    DirectoryMapper directory = new DirectoryMapper(locale, centreCodes);
    List<CompanyManifest> companies = directory.companies(map.get("companies"));
    List<OnDemandUserManifest> onDemandUsers = directory.onDemandUsers(map.get("onDemandUsers"));
    OfferManifest offer = offer(map, centres, roleNames, files);
    List<ContractManifest> contracts = // i13-contracts
        ContractMapper.contracts(
            map.get("contracts"), companies, onDemandUsers, centreCodes, offer);

    return new TenantManifest(
        slug,
        legalName,
        locale,
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
        offer,
        contracts);
  }

  /** Items before the spaces and grid lines that name them, spaces before their assets. */
  private static OfferManifest offer(
      ManifestMap map, List<CentreManifest> centres, Set<String> roleNames, ManifestFiles files) {
    OfferMapper offers = new OfferMapper(centres);
    List<OfferManifest.Item> catalogue = offers.catalogue(map.get("catalogue"));
    PremisesMapper premises =
        new PremisesMapper(centres.stream().map(CentreManifest::code).toList(), files);
    List<OfferManifest.Floor> floors = premises.floors(map.get("floors"));
    List<OfferManifest.Space> spaces = premises.spaces(map.get("spaces"), floors, catalogue);
    return new OfferManifest(
        catalogue,
        floors,
        spaces,
        new AssetMapper(centres.stream().map(CentreManifest::code).toList())
            .assets(map.get("assets"), spaces),
        new PricingMapper(centres.stream().map(CentreManifest::code).collect(Collectors.toSet()))
            .pricing(
                map.get("pricing"),
                catalogue.stream().map(OfferManifest.Item::code).collect(Collectors.toSet()),
                roleNames));
  }

  private static TenantManifest.Branding branding(ManifestNode node) {
    if (!node.isPresent()) {
      return new TenantManifest.Branding(null, null);
    }
    ManifestMap map = node.map("logoUrl", "primaryColour");
    return new TenantManifest.Branding(
        Values.url(map.get("logoUrl")), Values.colour(map.get("primaryColour")));
  }
}
