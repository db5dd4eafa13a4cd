package io.atrium.tenancy.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionShorthandTest {

  @Test
  void aStarAloneIsEveryPermission() {
    assertEquals(Permission.ALL, RoleMapper.expand("*"));
    assertEquals(Area.values().length * Action.values().length, RoleMapper.expand("*").size());
  }

  @Test
  void anAreaStarIsItsFiveActions() {
    assertEquals(
        List.of(
            Permission.of(Area.DAY_PASSES, Action.READ),
            Permission.of(Area.DAY_PASSES, Action.CREATE),
            Permission.of(Area.DAY_PASSES, Action.EDIT),
            Permission.of(Area.DAY_PASSES, Action.DELETE),
            Permission.of(Area.DAY_PASSES, Action.APPROVE)),
        RoleMapper.expand("day-passes:*"));
  }

  @Test
  void aSinglePermissionIsParsedByThePermissionItself() {
    assertEquals(
        List.of(Permission.of(Area.ACCESS_CARDS, Action.APPROVE)),
        RoleMapper.expand("access-cards:approve"));
  }

  @Test
  void onlyTheCanonicalSpellingIsAccepted() {
    assertProblem("tickets:READ", "write \"tickets:READ\" as tickets:read");
    assertProblem(
        "day_passes:read",
        "\"day_passes:read\": unknown area \"day_passes\"; use tickets, visitors, bookings, day-passes, access-cards, leads, companies, opportunities, quotes, contracts, invoices, payments, catalog, pricing, events, mail, appointments, inventory, statistics, staff, settings, audit");
    assertProblem("tickets", "\"tickets\" is not a permission; write area:action, area:* or \"*\"");
  }

  @Test
  void aRoleListsItsPermissionsOnceInMatrixOrder() {
    String manifest =
        """
        slug: tiny
        legalName: Tiny SARL
        defaultLocale: fr
        currency: EUR
        timeZone: Europe/Paris
        country: BE
        legal: {}
        centres:
          - {code: BRU1, name: Tiny Bruxelles, openingHours: Mo-Fr 09:00-17:00,
             address: {line: 1 rue Haute, postalCode: "1000", city: Bruxelles, country: BE},
             tax: {scheme: VAT, rate: 21}}
        roles:
          - name: Billing
            permissions: [payments:read, invoices:*, invoices:read, audit:read]
        """;
    RoleManifest role = ManifestReader.read("tiny.yaml", new StringReader(manifest)).roles().get(0);
    assertEquals(
        List.of(
            "invoices:read",
            "invoices:create",
            "invoices:edit",
            "invoices:delete",
            "invoices:approve",
            "payments:read",
            "audit:read"),
        role.permissions().stream().map(Permission::key).toList());
    // Unsaid thresholds are the safe ones.
    assertEquals(0, role.maxDiscountPercent().signum());
    assertEquals(false, role.maySeeBalances());
  }

  private static void assertProblem(String text, String problem) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RoleMapper.expand(text));
    assertEquals(problem, e.getMessage());
  }
}
