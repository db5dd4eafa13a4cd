package io.atrium.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the catalogue's rules as any page or endpoint meets them (codes, kinds, tax
 * categories by scheme, centres), effective-dated prices (which price applies on a day, what may be
 * replaced), refused input that writes nothing, and every write in the audit log with its actor.
 * Each test works in a tenant of its own, signed in on the test's request.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject Catalogue catalogue;

  @Inject PriceChanges priceChanges;

  @Inject CataloguePrices prices;

  @Inject TestTenants tenants;

  @Inject CatalogueFixtures fixtures;

  @Inject HttpServletRequest request;

  private TestTenant tenant;
  private TestStaff staff;

  /** A tenant of its own with one VAT centre, and its catalogue manager signed in. */
  private void signedIn(Permission... rights) {
    tenant = tenants.fresh("catalogue");
    staff = tenants.staff(tenant, "Hélène Martin", rights);
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, staff.principal());
  }

  private void manager() {
    signedIn(
        Permission.of(Area.CATALOG, Action.READ),
        Permission.of(Area.CATALOG, Action.CREATE),
        Permission.of(Area.CATALOG, Action.EDIT));
  }

  private <T> T as(Supplier<T> work) {
    return tenancy.runAsTenant(tenant.id(), work::get);
  }

  private ItemDetails office(String code, long... centres) {
    ItemDetails d = new ItemDetails();
    d.setCode(code);
    d.setKind(CatalogueItem.Kind.MAIN);
    d.setServiceType(CatalogueItem.ServiceType.PRIVATE_OFFICE);
    d.setNameEn("Private office");
    d.setNameFr("Bureau privatif");
    d.setUnit(CatalogueItem.Unit.MONTH);
    d.setVatCategory("S");
    d.setTaxRate(new BigDecimal("20"));
    for (long c : centres) {
      d.getCentreIds().add(c);
    }
    return d;
  }

  private Map<String, String> refused(Supplier<?> command) {
    return assertThrows(InvalidFieldsException.class, () -> as(command)).fieldKeys();
  }

  private long items() {
    return tenants.all(tenant.id(), CatalogueItem.class).size();
  }

  private long priceRows() {
    return tenants.all(tenant.id(), CataloguePrice.class).size();
  }

  private LocalDate today() {
    return LocalDate.now(PARIS);
  }

  @Test
  void anItemIsCreatedWithItsCodeInCapitalsAndADuplicateCodeIsAFieldError() {
    manager();
    CatalogueItem created = as(() -> catalogue.create(office("office-1", tenant.centreId())));
    assertEquals("OFFICE-1", created.getCode());
    assertTrue(as(() -> catalogue.get(created.getId())).isOfferedIn(tenant.centreId()));
    assertEquals(
        "catalogue.code.taken",
        refused(() -> catalogue.create(office("OFFICE-1", tenant.centreId()))).get("code"));
    assertEquals(1, items(), "the duplicate is not written");
    assertEquals(1, fixtures.auditEntries(tenant.id(), "CREATE", "Hélène Martin"));
  }

  @Test
  void aMainServiceNeedsItsTypeOptionsHaveNoneAndNamesAreRequiredInBothLanguages() {
    manager();
    ItemDetails main = office("DESK-1");
    main.setServiceType(null);
    assertEquals(
        "catalogue.serviceType.required", refused(() -> catalogue.create(main)).get("serviceType"));
    ItemDetails option = office("LOCKER");
    option.setKind(CatalogueItem.Kind.OPTION);
    assertEquals(
        "catalogue.serviceType.mainOnly",
        refused(() -> catalogue.create(option)).get("serviceType"));
    ItemDetails unnamed = office("NAMELESS");
    unnamed.setNameFr(" ");
    unnamed.setNameEn("Nul\u0000byte");
    Map<String, String> errors = refused(() -> catalogue.create(unnamed));
    assertEquals("catalogue.required", errors.get("nameFr"));
    assertEquals("atrium.text.control", errors.get("nameEn"));
    ItemDetails huge = office("HUGE");
    huge.setDescriptionEn("x".repeat(2001));
    huge.setRevenueAccount("706 000");
    errors = refused(() -> catalogue.create(huge));
    assertEquals("catalogue.tooLong", errors.get("descriptionEn"));
    assertEquals("catalogue.revenueAccount.invalid", errors.get("revenueAccount"));
    assertEquals(0, items(), "nothing written");
  }

  @Test
  void vatRatesMustFitTheirCategoryAndASacCodeHasNoPlaceUnderVat() {
    manager();
    ItemDetails standard = office("ROOM-19");
    standard.setTaxRate(new BigDecimal("19.6"));
    assertEquals(
        "catalogue.taxRate.standard", refused(() -> catalogue.create(standard)).get("taxRate"));
    ItemDetails exempt = office("EXEMPT");
    exempt.setVatCategory("E");
    assertEquals("catalogue.taxRate.zero", refused(() -> catalogue.create(exempt)).get("taxRate"));
    ItemDetails indian = office("SAC");
    indian.setSacCode("997212");
    assertEquals(
        "catalogue.sacCode.notVat", refused(() -> catalogue.create(indian)).get("sacCode"));
    assertEquals(0, items(), "nothing written");
    ItemDetails reduced = office("CATERING");
    reduced.setTaxRate(new BigDecimal("5.50"));
    assertEquals(
        0, new BigDecimal("5.5").compareTo(as(() -> catalogue.create(reduced)).getTaxRate()));
  }

  @Test
  void gstCentresTakeASacCodeOfServicesAndAGstSlab() {
    manager();
    long bengaluru = fixtures.centre(tenant.id(), "BLR1", true);
    ItemDetails seat = office("SEAT", bengaluru);
    seat.setVatCategory("S");
    seat.setSacCode("123456");
    seat.setTaxRate(new BigDecimal("15"));
    Map<String, String> errors = refused(() -> catalogue.create(seat));
    assertEquals("catalogue.sacCode.invalid", errors.get("sacCode"));
    assertEquals("catalogue.vatCategory.notGst", errors.get("vatCategory"));
    assertEquals("catalogue.taxRate.gst", errors.get("taxRate"));
    ItemDetails both = office("BOTH", bengaluru, tenant.centreId());
    assertEquals(
        "catalogue.centres.mixedTax", refused(() -> catalogue.create(both)).get("centreIds"));
    assertEquals(0, items(), "nothing written");
    seat.setVatCategory(null);
    seat.setSacCode("997212");
    seat.setTaxRate(new BigDecimal("18"));
    seat.setSupplyAtProperty(true);
    CatalogueItem created = as(() -> catalogue.create(seat));
    assertEquals("997212", created.getSacCode());
    assertTrue(created.isSupplyAtProperty());
  }

  @Test
  void thePriceOnADayIsTheLatestOneStartedByThenAndTheHistoryKeepsEveryOne() {
    manager();
    long item = as(() -> catalogue.create(office("OFFICE-2", tenant.centreId()))).getId();
    LocalDate today = today();
    as(
        () ->
            priceChanges.change(
                item, new PriceChange(tenant.centreId(), today, new BigDecimal("100"))));
    as(
        () ->
            priceChanges.change(
                item,
                new PriceChange(tenant.centreId(), today.plusDays(10), new BigDecimal("120.5"))));
    assertEquals(null, priceOn(item, today.minusDays(1)), "nothing before the first price");
    assertEquals("100.0000", priceOn(item, today));
    assertEquals("100.0000", priceOn(item, today.plusDays(9)), "the day before the change");
    assertEquals("120.5000", priceOn(item, today.plusDays(10)), "from the change's day");
    assertEquals("120.5000", priceOn(item, today.plusDays(40)));
    var history = as(() -> catalogue.history(item));
    assertEquals(2, history.size());
    assertEquals(today.plusDays(10), history.get(0).getEffectiveFrom(), "newest first");
    assertEquals("Hélène Martin", history.get(0).getCreatedByName());
    assertEquals("EUR", history.get(0).getCurrency());
    var today0 = as(() -> catalogue.pricesToday(java.util.List.of(catalogue.get(item))));
    assertEquals("100.0000", today0.get(item).get(0).price().getUnitPrice().toPlainString());
    assertEquals(2, fixtures.auditEntries(tenant.id(), "PRICE", "Hélène Martin"));
  }

  private String priceOn(long itemId, LocalDate day) {
    return fixtures.priceOn(tenant.id(), itemId, tenant.centreId(), day);
  }

  @Test
  void aPastStartIsRefusedAFuturePriceIsReplacedAndOneInForceNeverChanges() {
    manager();
    long item = as(() -> catalogue.create(office("OFFICE-3", tenant.centreId()))).getId();
    long centre = tenant.centreId();
    LocalDate today = today();
    assertEquals(
        "catalogue.price.past",
        refused(
                () ->
                    priceChanges.change(
                        item, new PriceChange(centre, today.minusDays(1), BigDecimal.TEN)))
            .get("from"));
    as(
        () ->
            priceChanges.change(
                item, new PriceChange(centre, today.plusDays(5), new BigDecimal("50"))));
    as(
        () ->
            priceChanges.change(
                item, new PriceChange(centre, today.plusDays(5), new BigDecimal("55"))));
    assertEquals(1, priceRows(), "the price not yet in force was replaced");
    assertEquals("55.0000", priceOn(item, today.plusDays(5)));
    as(() -> priceChanges.change(item, new PriceChange(centre, today, new BigDecimal("40"))));
    assertEquals(
        "catalogue.price.inForce",
        refused(
                () ->
                    priceChanges.change(item, new PriceChange(centre, today, new BigDecimal("45"))))
            .get("from"));
    assertEquals("40.0000", priceOn(item, today), "the price in force kept");
    assertEquals(2, priceRows());
  }

  @Test
  void badPricesAreFieldErrorsAndWriteNothing() {
    manager();
    long offered = as(() -> catalogue.create(office("OFFICE-4", tenant.centreId()))).getId();
    long notOffered = as(() -> catalogue.create(office("OFFICE-5"))).getId();
    LocalDate day = today().plusDays(1);
    long centre = tenant.centreId();
    assertEquals(
        "catalogue.price.negative",
        refused(
                () ->
                    priceChanges.change(
                        offered, new PriceChange(centre, day, new BigDecimal("-1"))))
            .get("unitPrice"));
    assertEquals(
        "catalogue.price.decimals",
        refused(
                () ->
                    priceChanges.change(
                        offered, new PriceChange(centre, day, new BigDecimal("1.00001"))))
            .get("unitPrice"));
    assertEquals(
        "catalogue.price.notOffered",
        refused(() -> priceChanges.change(notOffered, new PriceChange(centre, day, BigDecimal.ONE)))
            .get("centreId"));
    Map<String, String> empty =
        refused(() -> priceChanges.change(offered, new PriceChange(null, null, null)));
    assertEquals(Set.of("centreId", "from", "unitPrice"), empty.keySet());
    assertThrows(
        NotFoundException.class,
        () -> as(() -> priceChanges.change(offered, new PriceChange(-5L, day, BigDecimal.ONE))));
    assertEquals(0, priceRows(), "nothing written");
  }

  @Test
  void staffLimitedToACentreSeeOnlyItsItemsAndCannotNameAnotherCentre() {
    manager();
    long lyon = fixtures.centre(tenant.id(), "LYO1", false);
    fixtures.limitTo(tenant.id(), staff.id(), tenant.centreId());
    long lyonOnly = fixtures.itemOfferedOnlyIn(tenant.id(), lyon, "LYON-ONLY");
    assertThrows(NotFoundException.class, () -> as(() -> catalogue.get(lyonOnly)));
    assertThrows(
        NotFoundException.class,
        () -> as(() -> catalogue.update(lyonOnly, office("LYON-ONLY", lyon), null)));
    assertTrue(
        as(() -> catalogue.list(CatalogueSearch.ALL, 0, 50)).stream()
            .noneMatch(i -> i.getId() == lyonOnly));
    assertThrows(NotFoundException.class, () -> as(() -> catalogue.create(office("MINE", lyon))));
    assertThrows(
        NotFoundException.class,
        () -> as(() -> catalogue.list(new CatalogueSearch(lyon, null, null, null), 0, 10)));
    long mine = as(() -> catalogue.create(office("MINE", tenant.centreId()))).getId();
    assertEquals(1, as(() -> catalogue.count(CatalogueSearch.ALL)));
    assertFalse(as(() -> catalogue.get(mine)).isOfferedIn(lyon));
  }

  @Test
  void staffWithoutTheCatalogRightsAreRefusedByEveryService() {
    signedIn(Permission.of(Area.CATALOG, Action.READ));
    long centre = tenant.centreId();
    assertThrows(
        ForbiddenException.class, () -> as(() -> catalogue.create(office("NOPE", centre))));
    assertThrows(
        ForbiddenException.class, () -> as(() -> catalogue.update(1L, office("NOPE"), null)));
    assertThrows(
        ForbiddenException.class,
        () -> as(() -> priceChanges.change(1L, new PriceChange(centre, today(), BigDecimal.ONE))));
    assertEquals(0, as(() -> catalogue.count(CatalogueSearch.ALL)));
  }
}
