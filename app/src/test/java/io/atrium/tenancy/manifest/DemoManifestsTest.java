package io.atrium.tenancy.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.CompanyRole;
import io.atrium.identity.Permission;
import io.atrium.tenancy.manifest.CentreManifest.TaxScheme;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoManifestsTest {

  private static final TenantManifest LUMIERE = ManifestReader.read(DemoTenants.file("lumiere"));
  private static final TenantManifest BANYAN = ManifestReader.read(DemoTenants.file("banyan"));

  @Test
  void lumiereIsAFrenchOperatorWithCentresInParisAndLyon() {
    assertEquals("lumiere", LUMIERE.slug());
    assertEquals("Ateliers Lumière SAS", LUMIERE.legalName());
    assertEquals("fr", LUMIERE.defaultLocale());
    assertEquals(Currency.getInstance("EUR"), LUMIERE.currency());
    assertEquals(ZoneId.of("Europe/Paris"), LUMIERE.timeZone());
    assertEquals("FR", LUMIERE.country());
    assertEquals("912846375", LUMIERE.legal().siren());
    assertTrue(LUMIERE.legal().siret().startsWith("912846375"));
    assertEquals("FR23912846375", LUMIERE.legal().vatNumber());
    assertTrue(LUMIERE.invoiceMentions().contains("RCS Paris 912 846 375"));
    // Terms, penalties and the indemnity come from the settings: a footer repeating them said
    // "trois fois le taux d'intérêt légal" beside the 12,15 % the document computed, and banyan's
    // "due within 15 days" beside a due date 30 days out.
    for (TenantManifest demo : List.of(LUMIERE, BANYAN)) {
      assertFalse(
          demo.invoiceMentions().matches("(?s).*(\\d+ (jours|days)|pénalités|indemnit).*"),
          demo.invoiceMentions());
    }
    assertEquals("#C8553D", LUMIERE.branding().primaryColour());

    assertEquals(List.of("PAR1", "LYO1"), codes(LUMIERE));
    assertEquals("Paris", LUMIERE.centre("PAR1").orElseThrow().address().city());
    assertEquals("Lyon", LUMIERE.centre("LYO1").orElseThrow().address().city());
    for (CentreManifest centre : LUMIERE.centres()) {
      assertEquals(TaxScheme.VAT, centre.tax().scheme());
      assertEquals(0, new BigDecimal("20").compareTo(centre.tax().rate()));
      assertNull(centre.tax().gstin());
      // Not written in the file: inherited from the tenant.
      assertEquals(LUMIERE.currency(), centre.currency());
      assertEquals(LUMIERE.timeZone(), centre.timeZone());
    }
  }

  @Test
  void banyanIsAnIndianOperatorRegisteredForGstInKarnatakaAndHaryana() {
    assertEquals("banyan", BANYAN.slug());
    assertEquals("Banyan Works Private Limited", BANYAN.legalName());
    assertEquals("en", BANYAN.defaultLocale());
    assertEquals(Currency.getInstance("INR"), BANYAN.currency());
    assertEquals(ZoneId.of("Asia/Kolkata"), BANYAN.timeZone());
    assertEquals("IN", BANYAN.country());
    assertEquals("AAHCB4817K", BANYAN.legal().pan());
    assertEquals(Map.of("29", "29AAHCB4817K1ZC", "06", "06AAHCB4817K1ZK"), BANYAN.legal().gstins());

    assertEquals(List.of("BLR1", "GGN1"), codes(BANYAN));
    assertGst(BANYAN.centre("BLR1").orElseThrow(), "Bengaluru", "29");
    assertGst(BANYAN.centre("GGN1").orElseThrow(), "Gurugram", "06");
  }

  @Test
  void bothHaveTheSixRolesWithTheirRightsAndThresholds() {
    for (TenantManifest tenant : List.of(LUMIERE, BANYAN)) {
      assertEquals(
          List.of(
              "Super Admin",
              "Community Manager",
              "Receptionist",
              "Technician",
              "Sales",
              "Accountant"),
          tenant.roles().stream().map(RoleManifest::name).toList());

      RoleManifest admin = tenant.role("Super Admin").orElseThrow();
      assertEquals(Permission.ALL, admin.permissions());
      assertEquals(0, BigDecimal.valueOf(100).compareTo(admin.maxDiscountPercent()));
      assertTrue(admin.maySeeBalances());

      RoleManifest manager = tenant.role("Community Manager").orElseThrow();
      assertTrue(manager.may(permission("day-passes:create")));
      assertTrue(manager.may(permission("leads:edit")));
      assertTrue(manager.may(permission("statistics:read")));
      assertFalse(manager.may(permission("tickets:delete")));
      assertFalse(manager.may(permission("inventory:edit")));
      assertTrue(manager.may(permission("pricing:read")));
      assertFalse(manager.may(permission("pricing:approve")));
      assertTrue(manager.may(permission("catalog:read")));
      assertFalse(manager.may(permission("catalog:edit")));
      assertTrue(manager.permissions().stream().noneMatch(p -> p.area() == Area.STAFF));
      assertTrue(manager.permissions().stream().noneMatch(p -> p.area() == Area.SETTINGS));
      assertEquals(34, manager.permissions().size());
      assertEquals(0, BigDecimal.TEN.compareTo(manager.maxDiscountPercent()));
      assertTrue(manager.maySeeBalances());

      RoleManifest receptionist = tenant.role("Receptionist").orElseThrow();
      assertTrue(receptionist.may(permission("mail:create")));
      assertTrue(receptionist.may(permission("companies:read")));
      assertFalse(receptionist.may(permission("companies:edit")));
      assertEquals(16, receptionist.permissions().size());
      assertEquals(0, receptionist.maxDiscountPercent().signum());
      assertFalse(receptionist.maySeeBalances());

      assertEquals(
          Set.of("tickets:read", "tickets:edit", "inventory:read", "visitors:read"),
          keys(tenant.role("Technician").orElseThrow()));

      RoleManifest sales = tenant.role("Sales").orElseThrow();
      assertTrue(sales.may(permission("opportunities:create")));
      assertTrue(sales.may(permission("pricing:read")));
      assertFalse(sales.may(permission("pricing:edit")));
      assertEquals(0, BigDecimal.valueOf(15).compareTo(sales.maxDiscountPercent()));

      RoleManifest accountant = tenant.role("Accountant").orElseThrow();
      for (Action action : Action.values()) {
        assertTrue(accountant.may(Permission.of(Area.INVOICES, action)));
        assertTrue(accountant.may(Permission.of(Area.PAYMENTS, action)));
      }
      assertFalse(accountant.may(permission("quotes:edit")));
      assertTrue(accountant.maySeeBalances());
    }
  }

  @Test
  void bothHaveTheSixStaffAccountsInTheirLanguage() {
    assertStaff(LUMIERE, "fr");
    assertStaff(BANYAN, "en");
  }

  @Test
  void bothHaveThreeCompaniesOverBothCentresWithAMemberInEveryRole() {
    for (TenantManifest tenant : List.of(LUMIERE, BANYAN)) {
      assertEquals(3, tenant.companies().size());
      assertTrue(
          tenant.companies().stream().anyMatch(c -> c.type() == CompanyManifest.Type.PROSPECT));
      assertEquals(
          Set.copyOf(codes(tenant)),
          tenant.companies().stream().map(CompanyManifest::homeCentre).collect(Collectors.toSet()));
      for (CompanyManifest company : tenant.companies()) {
        String slug = company.members().get(0).email().replaceAll(".*@(.*)\\.test", "$1");
        assertMember(company, "admin@" + slug + ".test", CompanyRole.ADMINISTRATOR);
        assertMember(company, "manager@" + slug + ".test", CompanyRole.MANAGER);
        assertMember(company, "user@" + slug + ".test", CompanyRole.USER);
        assertEquals(
            1,
            company.members().stream()
                .filter(m -> m.status() == AccountStatus.INVITED && m.password() == null)
                .count(),
            company.name());
        assertTrue(
            company.members().stream().anyMatch(m -> m.email().equals(company.mainContact())));
      }
    }
    assertEquals("Studio Kaolin", LUMIERE.companies().get(0).name());
    assertEquals(
        "manager@nordlys.test", LUMIERE.company("Nordlys Conseil").orElseThrow().mainContact());
    assertEquals("29AAKCC2391F1ZI", BANYAN.company("Chai Labs").orElseThrow().legal().gstin());
  }

  @Test
  void companySlugsAreNotSharedBetweenTenants() {
    Set<String> lumiere = memberDomains(LUMIERE);
    Set<String> banyan = memberDomains(BANYAN);
    assertEquals(Set.of("kaolin.test", "nordlys.test", "brique.test"), lumiere);
    assertEquals(Set.of("chailabs.test", "peepal.test", "monsoon.test"), banyan);
  }

  @Test
  void everyActiveAccountAndEveryStaffMemberHasTheDemoPassword() {
    for (TenantManifest tenant : List.of(LUMIERE, BANYAN)) {
      assertTrue(
          tenant.staff().stream().allMatch(s -> ManifestReader.DEMO_PASSWORD.equals(s.password())));
      for (CompanyManifest company : tenant.companies()) {
        for (MemberManifest member : company.members()) {
          assertEquals(
              member.status() == AccountStatus.ACTIVE, member.password() != null, member.email());
        }
      }
      assertTrue(tenant.onDemandUsers().size() >= 1 && tenant.onDemandUsers().size() <= 3);
      for (OnDemandUserManifest user : tenant.onDemandUsers()) {
        assertEquals(user.status() == AccountStatus.ACTIVE, user.password() != null, user.email());
      }
      assertTrue(
          tenant.onDemandUsers().stream()
              .anyMatch(u -> u.email().equals("ondemand@" + tenant.slug() + ".test")));
    }
  }

  @Test
  void readAllReadsEveryTenantSortedBySlug() {
    List<TenantManifest> all = ManifestReader.readAll(DemoTenants.folder());
    assertEquals(List.of("banyan", "lumiere"), all.stream().map(TenantManifest::slug).toList());
    assertEquals(LUMIERE, all.get(1));
  }

  // --- issue 12: what the demo operators offer ---

  @Test
  void lumiereSellsARealisticCatalogueInEurosWithVatAndPricesPerCentre() {
    OfferManifest offer = LUMIERE.offer();
    Map<String, OfferManifest.Item> items =
        offer.catalogue().stream()
            .collect(Collectors.toMap(OfferManifest.Item::code, item -> item));
    assertTrue(
        items
            .keySet()
            .containsAll(
                Set.of(
                    "BUREAU-PRIVE",
                    "POSTE-DEDIE",
                    "POSTE-FLEX",
                    "COWORKING",
                    "DOMICILIATION",
                    "SALLE-HEURE",
                    "SALLE-DEMI-JOUR",
                    "PASS-JOUR",
                    "PARKING",
                    "CASIER",
                    "IMPRESSION")),
        items.keySet().toString());
    Set<String> kinds =
        offer.catalogue().stream().map(OfferManifest.Item::kind).collect(Collectors.toSet());
    assertEquals(Set.of("MAIN", "OPTION", "CONSUMPTION"), kinds);
    OfferManifest.Item desk = items.get("POSTE-DEDIE");
    assertEquals("S", desk.vatCategory());
    assertNull(desk.sacCode());
    assertEquals(0, new BigDecimal("20").compareTo(desk.taxRate()));
    assertEquals(3, desk.prices().size(), "a price change in Paris kept as history");
    for (OfferManifest.Item item : offer.catalogue()) {
      for (String centre : item.centres()) {
        assertTrue(
            item.prices().stream().anyMatch(p -> p.centre().equals(centre)),
            item.code() + " has a price in " + centre);
      }
    }
  }

  @Test
  void banyanPricesInRupeesUnderSac997212WithOneItemSuppliedWhereTheBuyerIs() {
    OfferManifest offer = BANYAN.offer();
    assertTrue(
        offer.catalogue().stream()
            .filter(i -> i.kind().equals("MAIN"))
            .allMatch(i -> "997212".equals(i.sacCode()) && i.vatCategory() == null));
    assertEquals(
        List.of("VIRTUAL-OFFICE"),
        offer.catalogue().stream()
            .filter(i -> !i.supplyAtProperty())
            .map(OfferManifest.Item::code)
            .toList());
    assertEquals(
        0,
        new BigDecimal("65000")
            .compareTo(
                offer.catalogue().get(0).prices().stream()
                    .filter(p -> p.centre().equals("BLR1"))
                    .findFirst()
                    .orElseThrow()
                    .price()));
  }

  @Test
  void bothHaveFloorsSpacesInEveryStatusAssetsGridsAndDiscounts() {
    for (TenantManifest tenant : List.of(LUMIERE, BANYAN)) {
      OfferManifest offer = tenant.offer();
      for (CentreManifest centre : tenant.centres()) {
        assertTrue(
            offer.floors().stream().anyMatch(f -> f.centre().equals(centre.code())),
            tenant.slug() + " has a floor in " + centre.code());
      }
      assertEquals(
          Set.of("AVAILABLE", "OCCUPIED", "OUT_OF_SERVICE"),
          offer.spaces().stream().map(OfferManifest.Space::status).collect(Collectors.toSet()),
          tenant.slug());
      assertTrue(offer.spaces().stream().anyMatch(s -> s.shape() != null), tenant.slug());
      assertFalse(offer.assets().isEmpty(), tenant.slug());
      assertEquals(tenant.centres().size(), offer.pricing().referencePrices().size());
      Set<Integer> commitments =
          offer.pricing().grids().get(0).lines().stream()
              .map(OfferManifest.GridLine::commitment)
              .collect(Collectors.toSet());
      assertTrue(commitments.containsAll(Set.of(12, 24, 36)), tenant.slug() + commitments);
      assertEquals(
          Set.of("Sales", "Community Manager"),
          offer.pricing().discounts().stream()
              .map(OfferManifest.Discount::role)
              .collect(Collectors.toSet()),
          tenant.slug());
    }
  }

  private static void assertGst(CentreManifest centre, String city, String state) {
    assertEquals(city, centre.address().city());
    assertEquals(TaxScheme.GST, centre.tax().scheme());
    assertEquals(0, BigDecimal.valueOf(18).compareTo(centre.tax().rate()));
    assertEquals(state, centre.tax().stateCode());
    assertEquals(BANYAN.legal().gstins().get(state), centre.tax().gstin());
  }

  private static void assertStaff(TenantManifest tenant, String language) {
    String slug = tenant.slug();
    List<String> all = codes(tenant);
    List<String> first = List.of(all.get(0));
    assertStaff(tenant, "admin@" + slug + ".test", "Super Admin", true, all);
    assertStaff(tenant, "cm@" + slug + ".test", "Community Manager", false, first);
    assertStaff(tenant, "reception@" + slug + ".test", "Receptionist", false, first);
    assertStaff(tenant, "tech@" + slug + ".test", "Technician", true, all);
    assertStaff(tenant, "sales@" + slug + ".test", "Sales", true, all);
    assertStaff(tenant, "accounts@" + slug + ".test", "Accountant", true, all);
    assertEquals(6, tenant.staff().size());
    assertTrue(tenant.staff().stream().allMatch(s -> s.language().equals(language)));
  }

  private static void assertStaff(
      TenantManifest tenant, String email, String role, boolean allCentres, List<String> centres) {
    StaffManifest staff =
        tenant.staff().stream().filter(s -> s.email().equals(email)).findFirst().orElseThrow();
    assertEquals(List.of(role), staff.roles(), email);
    assertEquals(allCentres, staff.allCentres(), email);
    assertEquals(centres, staff.centres(), email);
  }

  private static void assertMember(CompanyManifest company, String email, CompanyRole role) {
    MemberManifest member =
        company.members().stream()
            .filter(m -> m.email().equals(email))
            .findFirst()
            .orElseThrow(() -> new AssertionError(email + " missing in " + company.name()));
    assertEquals(role, member.role(), email);
    assertEquals(AccountStatus.ACTIVE, member.status(), email);
    assertEquals(ManifestReader.DEMO_PASSWORD, member.password(), email);
  }

  private static Set<String> memberDomains(TenantManifest tenant) {
    Set<String> domains = new HashSet<>();
    for (CompanyManifest company : tenant.companies()) {
      company.members().forEach(m -> domains.add(m.email().substring(m.email().indexOf('@') + 1)));
    }
    return domains;
  }

  private static List<String> codes(TenantManifest tenant) {
    return tenant.centres().stream().map(CentreManifest::code).toList();
  }

  private static Permission permission(String key) {
    return Permission.parse(key);
  }

  private static Set<String> keys(RoleManifest role) {
    return role.permissions().stream().map(Permission::key).collect(Collectors.toSet());
  }
}
