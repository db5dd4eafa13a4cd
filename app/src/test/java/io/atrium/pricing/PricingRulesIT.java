package io.atrium.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.AuditEntry;
import io.atrium.catalogue.CatalogueItem.ServiceType;
import io.atrium.catalogue.CatalogueItem.Unit;
import io.atrium.identity.Permission;
import io.atrium.pricing.BreakdownLine.Kind;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the rules services (prix par centre, grilles, réductions) refuse bad rules naming
 * the field and writing nothing, audit every change with its actor, keep to the caller's centres,
 * and what they save is what the pricing service and the ceilings then read.
 */
@ExtendWith(ArquillianExtension.class)
class PricingRulesIT {

  private static final Permission[] RULES = {
    Permission.parse("pricing:read"),
    Permission.parse("pricing:create"),
    Permission.parse("pricing:edit")
  };

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject CentrePrices centrePrices;

  @Inject PriceGrids grids;

  @Inject StaffDiscounts discounts;

  @Inject DiscountCeilings ceilings;

  @Inject Pricing pricing;

  @Inject TestTenants tenants;

  @Inject PricingFixtures fixtures;

  @Inject HttpServletRequest request;

  private TestStaff signIn(TestTenant tenant) {
    TestStaff staff = tenants.staff(tenant, "Rules keeper", RULES);
    request.setAttribute(io.atrium.identity.AtriumPrincipal.REQUEST_ATTRIBUTE, staff.principal());
    return staff;
  }

  private <T> T as(TestTenant tenant, Supplier<T> work) {
    return tenancy.runAsTenant(tenant.id(), work);
  }

  /** The tenant's audit entries of that type, in the order of its chain (read in no order). */
  private List<AuditEntry> audited(TestTenant tenant, String type) {
    return tenants.all(tenant.id(), AuditEntry.class).stream()
        .filter(e -> e.getEntityType().equals(type))
        .sorted(java.util.Comparator.comparingLong(AuditEntry::getSeq))
        .toList();
  }

  private static void assertRefused(String field, String key, Runnable command) {
    InvalidFieldsException refused = assertThrows(InvalidFieldsException.class, command::run);
    assertEquals(key, refused.fieldKeys().get(field), refused.fieldKeys().toString());
  }

  @Test
  void aReferencePriceIsSavedAuditedAndPricesOfficesButNeverNegative() {
    TestTenant fr = tenants.fresh("rules");
    TestStaff keeper = signIn(fr);
    assertRefused(
        "price",
        "pricing.amount.negative",
        () -> as(fr, () -> centrePrices.set(fr.centreId(), new BigDecimal("-1"))));
    assertRefused(
        "price",
        "pricing.amount.invalid",
        () -> as(fr, () -> centrePrices.set(fr.centreId(), new BigDecimal("1.001"))));
    assertEquals(0, tenants.rows(fr.slug(), "centre_pricing"), "nothing written");

    as(fr, () -> centrePrices.set(fr.centreId(), new BigDecimal("40.00")));
    as(fr, () -> centrePrices.set(fr.centreId(), new BigDecimal("42.50")));
    assertEquals(new BigDecimal("42.50"), as(fr, () -> centrePrices.list()).get(0).pricePerSqm());
    List<AuditEntry> entries = audited(fr, "CentrePricing");
    assertEquals(List.of("CREATE", "UPDATE"), entries.stream().map(AuditEntry::getAction).toList());
    assertEquals(keeper.id(), entries.get(1).getActorId(), "the real actor");
    long office = fixtures.space(fr.id(), fr.centreId(), Space.Kind.PRIVATE_OFFICE, "10", null);
    assertEquals(
        new BigDecimal("425.00"),
        as(fr, () -> pricing.quote(PricingRequest.space(fr.centreId(), office, LocalDate.now())))
            .amountOf(Kind.BASE));
    TestTenant other = tenants.fresh("rules-other");
    assertThrows(
        NotFoundException.class,
        () -> as(fr, () -> centrePrices.set(other.centreId(), BigDecimal.TEN)));
  }

  @Test
  void aGridNeedsACommitmentOneAdjustmentAndCentresNoOtherGridHolds() {
    TestTenant fr = tenants.fresh("rules");
    signIn(fr);
    GridForm noLength =
        grid(
            "Standard",
            fr.centreId(),
            new GridLineForm(null, null, null, new BigDecimal("0.9"), null));
    assertRefused(
        "lines:0:months", "pricing.grid.line.months", () -> as(fr, () -> grids.create(noLength)));
    GridForm both =
        grid(
            "Standard",
            fr.centreId(),
            new GridLineForm(null, null, 12, new BigDecimal("0.9"), new BigDecimal("-5")));
    assertRefused(
        "lines:0:coefficient", "pricing.grid.line.oneOf", () -> as(fr, () -> grids.create(both)));
    GridForm twice =
        grid(
            "Standard",
            fr.centreId(),
            new GridLineForm(null, null, 12, new BigDecimal("0.9"), null),
            new GridLineForm(null, null, 12, new BigDecimal("0.8"), null));
    assertRefused(
        "lines:1:months", "pricing.grid.line.duplicate", () -> as(fr, () -> grids.create(twice)));
    assertEquals(0, tenants.rows(fr.slug(), "price_grid"), "nothing written");

    GridForm standard =
        grid(
            "Standard",
            fr.centreId(),
            new GridLineForm(null, null, 12, new BigDecimal("0.9"), null));
    PriceGrid saved = as(fr, () -> grids.create(standard));
    CentreTakenException taken =
        assertThrows(
            CentreTakenException.class,
            () ->
                as(
                    fr,
                    () ->
                        grids.create(
                            grid(
                                "Premium",
                                fr.centreId(),
                                new GridLineForm(
                                    Space.Kind.PRIVATE_OFFICE,
                                    null,
                                    0,
                                    null,
                                    new BigDecimal("50"))))));
    assertEquals("pricing.grid.centreTaken", taken.fieldKeys().get("centreIds"));
    assertEquals("PAR1 · Paris One", taken.arguments()[0]);
    assertEquals("Standard", taken.arguments()[1]);
    assertRefused(
        "name",
        "pricing.name.taken",
        () ->
            as(
                fr,
                () ->
                    grids.create(
                        grid(
                            "standard",
                            null,
                            new GridLineForm(null, null, 0, BigDecimal.ONE, null)))));

    long item = fixtures.item(fr.id(), fr.centreId(), ServiceType.HOT_DESK, Unit.MONTH, "20", true);
    fixtures.price(fr.id(), item, fr.centreId(), LocalDate.of(2026, 1, 1), "300");
    PricingRequest yearly =
        PricingRequest.item(fr.centreId(), item, LocalDate.of(2026, 7, 1)).withCommitment(12);
    assertEquals(new BigDecimal("-30.00"), as(fr, () -> pricing.quote(yearly)).amountOf(Kind.GRID));
    GridForm edited =
        grid(
            "Standard",
            fr.centreId(),
            new GridLineForm(null, item, 6, null, new BigDecimal("-20")));
    as(fr, () -> grids.update(saved.getId(), edited));
    assertEquals(new BigDecimal("-20.00"), as(fr, () -> pricing.quote(yearly)).amountOf(Kind.GRID));
    assertEquals(
        List.of("CREATE", "UPDATE"),
        audited(fr, "PriceGrid").stream().map(AuditEntry::getAction).toList());
  }

  @Test
  void aDiscountBelongsToARoleIsAuditedAndStopsBeingGrantableWhenDeactivated() {
    TestTenant fr = tenants.fresh("rules");
    TestStaff keeper = signIn(fr);
    StaffRole role =
        tenants.all(fr.id(), StaffRole.class).stream()
            .filter(r -> r.getName().equals("Role of " + keeper.email()))
            .findFirst()
            .orElseThrow();
    DiscountForm form = new DiscountForm();
    form.setName("Fidélité");
    form.setPercent(BigDecimal.ZERO);
    form.setRoleId(role.getId());
    form.getCentreIds().add(fr.centreId());
    assertRefused(
        "percent", "pricing.discount.percent", () -> as(fr, () -> discounts.create(form)));
    form.setPercent(new BigDecimal("100.01"));
    assertRefused(
        "percent", "pricing.discount.percent", () -> as(fr, () -> discounts.create(form)));
    form.setPercent(new BigDecimal("12.5"));
    form.getCentreIds().clear();
    assertRefused(
        "centreIds", "pricing.discount.centres", () -> as(fr, () -> discounts.create(form)));
    assertEquals(0, tenants.rows(fr.slug(), "staff_discount"), "nothing written");

    form.getCentreIds().add(fr.centreId());
    StaffDiscount saved = as(fr, () -> discounts.create(form));
    assertEquals(
        List.of("Fidélité"),
        as(fr, () -> ceilings.grantable(keeper.id(), fr.centreId())).stream()
            .map(StaffDiscount::getName)
            .toList());
    as(fr, () -> discounts.deactivate(saved.getId()));
    assertTrue(as(fr, () -> ceilings.grantable(keeper.id(), fr.centreId())).isEmpty());
    assertFalse(as(fr, () -> discounts.list(null)).get(0).isActive());
    assertEquals(
        List.of("CREATE", "DEACTIVATE"),
        audited(fr, "StaffDiscount").stream().map(AuditEntry::getAction).toList());

    TestTenant other = tenants.fresh("rules-other");
    form.setName("Autre");
    form.getCentreIds().set(0, other.centreId());
    assertThrows(
        NotFoundException.class, () -> as(fr, () -> discounts.create(form)), "their centre");
    form.getCentreIds().set(0, fr.centreId());
    tenants.staff(other, "Their keeper");
    form.setRoleId(tenants.all(other.id(), StaffRole.class).get(0).getId());
    assertThrows(NotFoundException.class, () -> as(fr, () -> discounts.create(form)), "their id");
  }

  @Test
  void staffOfOneCentreSeeAndAssignOnlyTheirCentre() {
    TestTenant fr = tenants.fresh("rules");
    long lyon = fixtures.secondCentre(fr.id());
    TestStaff keeper = tenants.staff(fr, "Paris keeper", RULES);
    fixtures.limit(fr.id(), keeper.id(), fr.centreId());
    request.setAttribute(io.atrium.identity.AtriumPrincipal.REQUEST_ATTRIBUTE, keeper.principal());

    assertThrows(NotFoundException.class, () -> as(fr, () -> grids.list(lyon)));
    assertThrows(
        NotFoundException.class, () -> as(fr, () -> centrePrices.set(lyon, BigDecimal.TEN)));
    assertThrows(
        NotFoundException.class,
        () ->
            as(
                fr,
                () ->
                    grids.create(
                        grid(
                            "Lyon", lyon, new GridLineForm(null, null, 0, BigDecimal.ONE, null)))));
    assertEquals(1, as(fr, () -> centrePrices.list()).size(), "only Paris");
    assertEquals(0, tenants.rows(fr.slug(), "price_grid"), "nothing written");
  }

  private static GridForm grid(String name, Long centreId, GridLineForm... lines) {
    GridForm form = new GridForm();
    form.setName(name);
    if (centreId != null) {
      form.getCentreIds().add(centreId);
    }
    form.setLines(List.of(lines));
    return form;
  }
}
