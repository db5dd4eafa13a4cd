package io.atrium.tenancy.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test breaks one thing in a demo manifest and checks that the error names the exact file,
 * line and field: that is what makes a bad manifest quick to fix.
 */
class ManifestErrorsTest {

  private static final String LUMIERE = "tenants/lumiere/tenant.yaml";
  private static final String BANYAN = "tenants/banyan/tenant.yaml";

  @Test
  void anUnknownKeyIsRejectedWithASuggestion() {
    Broken broken = lumiere("  primaryColour: \"#C8553D\"", "  primaryColor: \"#C8553D\"");
    broken.assertAt(
        "primaryColor:", "branding.primaryColor", "unknown key; did you mean \"primaryColour\"?");
  }

  @Test
  void aMissingRequiredFieldIsReportedWhereItsMappingStarts() {
    Broken broken = lumiere("    name: Lumière Confluence\n", "");
    broken.assertAt("  - code: LYO1", "centres[1].name", "is required");
  }

  @Test
  void anUnknownCurrencyIsRejected() {
    Broken broken = lumiere("currency: EUR", "currency: EUX");
    broken.assertAt("currency: EUX", "currency", "\"EUX\" is not an ISO 4217 currency code");
  }

  @Test
  void aGstCentreMustUseTheTenantsOwnGstinForItsState() {
    Broken broken =
        banyan(
            "stateCode: \"06\", gstin: 06AAHCB4817K1ZK}",
            "stateCode: \"06\", gstin: 06AAOCP6614R1ZM}");
    broken.assertAt(
        "gstin: 06AAOCP6614R1ZM}",
        "centres[1].tax.gstin",
        "is not the tenant's GSTIN for state 06 (legal.gstins has 06AAHCB4817K1ZK)");
  }

  @Test
  void aGstCentreInAStateWithoutRegistrationIsRejected() {
    Broken broken = banyan("stateCode: \"06\", gstin", "stateCode: \"07\", gstin");
    broken.assertAt(
        "stateCode: \"07\"",
        "centres[1].tax.stateCode",
        "the tenant has no GSTIN for state 07 in legal.gstins");
  }

  @Test
  void aStaffRoleMustBeDeclared() {
    Broken broken = lumiere("roles: [Technician]", "roles: [Technicien]");
    broken.assertAt(
        "roles: [Technicien]", "staff[3].roles[0]", "no role named \"Technicien\" in roles");
  }

  @Test
  void aStaffCentreMustBeDeclared() {
    Broken broken =
        lumiere(
            "roles: [Receptionist]\n    centres: [PAR1]",
            "roles: [Receptionist]\n    centres: [PAR2]");
    broken.assertAt(
        "centres: [PAR2]", "staff[2].centres[0]", "no centre with the code \"PAR2\" in centres");
  }

  @Test
  void aMemberEmailIsUniqueAcrossCompanies() {
    Broken broken = lumiere("email: user@nordlys.test", "email: USER@kaolin.test");
    broken.assertAt(
        "email: USER@kaolin.test",
        "companies[1].members[2].email",
        "already used by companies[0].members[2].email");
  }

  @Test
  void anOnDemandUserCannotReuseAMemberEmail() {
    Broken broken = banyan("email: ondemand@banyan.test", "email: admin@peepal.test");
    broken.assertAt(
        "email: admin@peepal.test\n    phone",
        "onDemandUsers[0].email",
        "already used by companies[1].members[0].email");
  }

  @Test
  void aPermissionWithAnUnknownActionIsRejected() {
    Broken broken =
        lumiere(
            "[tickets:read, tickets:edit, inventory:read",
            "[tickets:read, tickets:fix, inventory:read");
    broken.assertAt(
        "tickets:fix",
        "roles[3].permissions[1]",
        "\"tickets:fix\": unknown action \"fix\"; use read, create, edit, delete, approve or *");
  }

  @Test
  void aPermissionWithAnUnknownAreaIsRejected() {
    Broken broken = lumiere("[invoices:*, payments:*,", "[invoices:*, payment:*,");
    broken.assertAt(
        "payment:*",
        "roles[5].permissions[1]",
        "\"payment:*\": unknown area \"payment\"; use tickets, visitors, bookings, day-passes, access-cards, leads, companies, opportunities, quotes, contracts, invoices, payments, catalog, pricing, events, mail, appointments, inventory, statistics, staff, settings, audit");
  }

  @Test
  void badOpeningHoursAreRejectedWithTheReason() {
    Broken broken = lumiere("openingHours: Mo-Fr 08:30-19:30", "openingHours: Mo-Fr 19:30-08:30");
    broken.assertAt(
        "Mo-Fr 19:30-08:30",
        "centres[1].openingHours",
        "\"19:30-08:30\": closes before it opens (overnight is not supported)");
  }

  @Test
  void theMessageReadsFileLineFieldProblem() {
    Broken broken =
        lumiere(
            "tax: {scheme: VAT, rate: 20}\n    openingHours: Mo-Fr 08:30",
            "tax: {scheme: VAT, rate: 120}\n    openingHours: Mo-Fr 08:30");
    ManifestException e = broken.failure();
    assertEquals(
        LUMIERE
            + ":"
            + broken.lineOf("rate: 120")
            + ": centres[1].tax.rate: must be between 0 and 100",
        e.getMessage());
  }

  @Test
  void aDuplicateKeyIsRejectedAtItsSecondOccurrence() {
    Broken broken = lumiere("timeZone: Europe/Paris\n", "timeZone: Europe/Paris\ncurrency: EUR\n");
    int first = broken.lineOf("currency: EUR");
    ManifestException e = broken.failure();
    assertEquals("currency", e.field());
    assertEquals(first + 2, e.line());
    assertEquals("duplicate key (first at line " + first + ")", e.problem());
  }

  @Test
  void aWrongTypeIsRejected() {
    lumiere("100\n    maySeeBalances: true", "100\n    maySeeBalances: yes")
        .assertAt("maySeeBalances: yes", "roles[0].maySeeBalances", "must be true or false");
    lumiere(
            "tax: {scheme: VAT, rate: 20}\n    openingHours: Mo-Fr 08:00",
            "tax: VAT 20\n    openingHours: Mo-Fr 08:00")
        .assertAt(
            "tax: VAT 20", "centres[0].tax", "must be a mapping of keys to values, not a text");
    lumiere("legalName: Ateliers Lumière SAS", "legalName: [Ateliers, Lumière]")
        .assertAt("legalName:", "legalName", "must be a text, not a list");
  }

  @Test
  void aFrenchTenantNeedsItsSirenAndTheVatNumberMustMatchIt() {
    lumiere("  siren: \"912846375\"\n  siret: \"91284637500018\"\n", "")
        .assertAt("legal:", "legal.siren", "is required for a tenant in FR");
    lumiere("vatNumber: FR23912846375", "vatNumber: FR24912846375")
        .assertAt(
            "vatNumber: FR24",
            "legal.vatNumber",
            "does not match the SIREN 912846375 (expected FR23912846375)");
  }

  @Test
  void aTenantGstinMustContainTheTenantsPan() {
    banyan("\"06\": 06AAHCB4817K1ZK", "\"06\": 06AAHCB4818K1ZK")
        .assertAt(
            "06AAHCB4818K1ZK",
            "legal.gstins.06",
            "must contain the PAN AAHCB4817K after the state code");
  }

  @Test
  void anInvitedMemberHasNoPasswordAndTheMainContactIsAMember() {
    lumiere(
            "role: USER}\n\n  - name: Nordlys",
            "role: USER, password: Atrium-demo-2026}\n\n  - name: Nordlys")
        .assertAt(
            "role: USER, password",
            "companies[0].members[3].password",
            "an invited account has no password yet; leave it out");
    lumiere("mainContact: manager@nordlys.test", "mainContact: manager@kaolin.test")
        .assertAt(
            "mainContact:",
            "companies[1].mainContact",
            "must be the e-mail of one of the company's members");
  }

  @Test
  void onlyTheDemoPasswordMayAppear() {
    lumiere(
            "    password: Atrium-demo-2026\n\n  - fullName: Thomas",
            "    password: hunter2\n\n  - fullName: Thomas")
        .assertAt(
            "password: hunter2",
            "staff[0].password",
            "only the shared demo password may appear in a manifest; leave it out otherwise");
  }

  @Test
  void invalidYamlIsReportedAtItsLine() {
    Broken broken = lumiere("\ncountry: FR\n", "\ncountry: FR\n  stray: indentation\n");
    ManifestException e = broken.failure();
    assertEquals(LUMIERE, e.file());
    assertEquals(broken.lineOf("stray: indentation"), e.line());
    assertEquals("", e.field());
    assertTrue(
        e.getMessage().startsWith(LUMIERE + ":" + e.line() + ": not valid YAML: "), e.getMessage());
  }

  @Test
  void aFolderMustBeNamedAfterItsSlug(@TempDir Path tenants) throws IOException {
    Path file = tenants.resolve("lumiere-old").resolve(ManifestReader.FILE_NAME);
    Files.createDirectories(file.getParent());
    String text = DemoTenants.text("lumiere");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    ManifestException e =
        assertThrows(ManifestException.class, () -> ManifestReader.readAll(tenants));
    assertEquals(file.toString(), e.file());
    assertEquals(new Broken(LUMIERE, text).lineOf("slug: lumiere"), e.line());
    assertEquals("slug", e.field());
    assertEquals("must equal the folder name lumiere-old", e.problem());
  }

  @Test
  void aFolderWithoutManifestIsAnError(@TempDir Path tenants) throws IOException {
    Files.createDirectories(tenants.resolve("lumiere"));
    ManifestException e =
        assertThrows(ManifestException.class, () -> ManifestReader.readAll(tenants));
    assertEquals(tenants.resolve("lumiere").resolve("tenant.yaml").toString(), e.file());
  }

  // --- issue 12: catalogue, premises, pricing ---

  @Test
  void aNegativePriceIsRefused() {
    Broken broken =
        lumiere(
            "{centre: LYO1, from: 2026-01-01, price: 90}",
            "{centre: LYO1, from: 2026-01-01, price: -90}");
    broken.assertAt("price: -90}", "catalogue[8].prices[0].price", "must not be negative");
  }

  @Test
  void aPriceInACentreThatDoesNotSellTheItemIsRefused() {
    Broken broken =
        lumiere(
            "{centre: LYO1, from: 2026-01-01, price: 90}",
            "{centre: PAR1, from: 2026-01-01, price: 90}");
    broken.assertAt(
        "{centre: PAR1, from: 2026-01-01, price: 90}",
        "catalogue[8].prices[0].centre",
        "no centre among the item's centres: \"PAR1\"");
  }

  @Test
  void anItemSoldInAVatCentreNeedsAVatCategory() {
    Broken broken = lumiere("vatCategory: S, taxRate: 10,", "taxRate: 10,");
    broken.assertAt(
        "  - {code: CAFE",
        "catalogue[13].vatCategory",
        "is required: the item is sold in a centre charging VAT");
  }

  @Test
  void anOptionWithAServiceTypeIsRefused() {
    Broken broken =
        lumiere(
            "{code: CASIER, kind: OPTION, unit: MONTH,",
            "{code: CASIER, kind: OPTION, serviceType: PARKING, unit: MONTH,");
    broken.assertAt(
        "kind: OPTION, serviceType: PARKING", "catalogue[9].serviceType", "is only for MAIN items");
  }

  @Test
  void anUnknownKeyInAnItemIsRefused() {
    Broken broken =
        lumiere("{code: STOCKAGE, kind: OPTION,", "{code: STOCKAGE, kind: OPTION, colour: red,");
    broken.assertAt(
        "colour: red",
        "catalogue[11].colour",
        "unknown key; expected one of code, kind, serviceType, nameEn, nameFr, descriptionEn, descriptionFr, unit, vatCategory, sacCode, taxRate, supplyAtProperty, revenueAccount, active, centres, prices");
  }

  @Test
  void aSpaceOnAFloorOfAnotherCentreIsRefused() {
    Broken broken =
        lumiere(
            "{centre: LYO1, floor: 2e étage, kind: MEETING_ROOM",
            "{centre: LYO1, floor: 1er étage, kind: MEETING_ROOM");
    broken.assertAt(
        "floor: 1er étage, kind: MEETING_ROOM",
        "spaces[8].floor",
        "no floor of LYO1 named \"1er étage\"");
  }

  @Test
  void aSpacePricedByAnItemItsCentreDoesNotSellIsRefused() {
    Broken broken =
        lumiere(
            "capacity: 20, item: POSTE-FLEX, status: OUT_OF_SERVICE",
            "capacity: 20, item: STOCKAGE, status: OUT_OF_SERVICE");
    broken.assertAt(
        "item: STOCKAGE, status",
        "spaces[11].item",
        "no catalogue item offered in LYO1 with the code \"STOCKAGE\"");
  }

  @Test
  void aShapeOutsideThePlanIsRefused() {
    Broken broken =
        lumiere(
            "shape: \"0.75,0.1 0.95,0.1 0.95,0.5 0.75,0.5\"",
            "shape: \"0.75,0.1 1.5,0.1 0.95,0.5\"");
    broken.assertAt(
        "shape: \"0.75,0.1 1.5",
        "spaces[10].shape",
        "\"1.5,0.1\" is not a point x,y with both between 0 and 1");
  }

  @Test
  void anAssetInAnUndeclaredSpaceAndATwiceUsedSerialAreRefused() {
    lumiere("space: Salle Rhône, type: Écran", "space: Salle Saône, type: Écran")
        .assertAt(
            "space: Salle Saône", "assets[6].space", "no space of LYO1 named \"Salle Saône\"");
    lumiere("serial: LUM-LYO-0002", "serial: LUM-PAR-0001")
        .assertAt(
            "serial: LUM-PAR-0001,\n     state: RETIRED",
            "assets[7].serial",
            "another asset already has the serial number LUM-PAR-0001");
  }

  @Test
  void aGridLineWithoutACommitmentLengthIsRefused() {
    Broken broken =
        lumiere(
            "{spaceKind: DEDICATED_DESK, commitment: 24, coefficient: 0.93}",
            "{spaceKind: DEDICATED_DESK, coefficient: 0.93}");
    broken.assertAt(
        "{spaceKind: DEDICATED_DESK, coefficient: 0.93}",
        "pricing.grids[0].lines[5].commitment",
        "is required: 0, 3, 6, 12, 24 or 36 months");
  }

  @Test
  void aDiscountOfAnUndeclaredRoleIsRefused() {
    Broken broken =
        banyan(
            "role: Community Manager, centres: [BLR1]}",
            "role: Community Manger, centres: [BLR1]}");
    broken.assertAt(
        "role: Community Manger",
        "pricing.discounts[1].role",
        "no role named \"Community Manger\"");
  }

  @Test
  void aPlanMissingFromTheManifestsFolderOrNotAPngIsRefused(@TempDir Path folder)
      throws IOException {
    Path lumiere = Files.createDirectories(folder.resolve("lumiere"));
    Path file = Files.writeString(lumiere.resolve("tenant.yaml"), DemoTenants.text("lumiere"));
    ManifestException missing =
        assertThrows(ManifestException.class, () -> ManifestReader.read(file));
    assertEquals("floors[0].plan", missing.field(), missing.getMessage());
    assertEquals("no file plans/paris-0.png beside the manifest", missing.problem());

    Path plans = Files.createDirectories(lumiere.resolve("plans"));
    Files.writeString(plans.resolve("paris-0.png"), "<svg onload=\"alert(1)\"/>");
    ManifestException notPng =
        assertThrows(ManifestException.class, () -> ManifestReader.read(file));
    assertEquals("plans/paris-0.png is not a PNG image", notPng.problem());
  }

  @Test
  void aPlanOutsideTheManifestsFolderIsRefused() {
    lumiere("plan: plans/paris-0.png", "plan: ../../etc/passwd.png")
        .assertAt(
            "plan: ../../etc/passwd.png",
            "floors[0].plan",
            "must be a .png file in the manifest's folder, such as plans/paris-1.png");
  }

  private static Broken lumiere(String original, String replacement) {
    return Broken.of(LUMIERE, DemoTenants.text("lumiere"), original, replacement);
  }

  private static Broken banyan(String original, String replacement) {
    return Broken.of(BANYAN, DemoTenants.text("banyan"), original, replacement);
  }

  /** A demo manifest with one change. */
  private record Broken(String fileName, String text) {

    static Broken of(String fileName, String text, String original, String replacement) {
      int at = text.indexOf(original);
      assertTrue(at >= 0, "not in " + fileName + ": " + original);
      assertEquals(
          at, text.lastIndexOf(original), "more than once in " + fileName + ": " + original);
      return new Broken(
          fileName, text.substring(0, at) + replacement + text.substring(at + original.length()));
    }

    ManifestException failure() {
      return assertThrows(
          ManifestException.class, () -> ManifestReader.read(fileName, new StringReader(text)));
    }

    /** The 1-based line where {@code fragment} starts. */
    int lineOf(String fragment) {
      int at = text.indexOf(fragment);
      assertTrue(at >= 0, "not in the broken text: " + fragment);
      return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    void assertAt(String lineFragment, String field, String problem) {
      ManifestException e = failure();
      assertEquals(fileName, e.file(), e.getMessage());
      assertEquals(lineOf(lineFragment), e.line(), e.getMessage());
      assertEquals(field, e.field(), e.getMessage());
      assertEquals(problem, e.problem(), e.getMessage());
    }
  }
}
