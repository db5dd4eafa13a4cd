package io.atrium.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.catalogue.CatalogueItem.ServiceType;
import io.atrium.catalogue.CatalogueItem.Unit;
import io.atrium.directory.Company;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.pricing.BreakdownLine.Kind;
import io.atrium.pricing.PricingFixtures.Line;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the pricing service reads what the database holds (the price in force on the
 * period's first day, the grid assigned to the centre, the reference price per m², the buyer's
 * GSTIN) and refuses what cannot be priced, naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class PricingIT {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String banyanSlug;

  @Inject Tenancy tenancy;

  @Inject Pricing pricing;

  @Inject DiscountCeilings ceilings;

  @Inject TestTenants tenants;

  @Inject PricingFixtures fixtures;

  @Inject HttpServletRequest request;

  /** A French tenant (VAT 20 %, EUR) with one pricer holding pricing:read. */
  private TestTenant french() {
    TestTenant tenant = tenants.fresh("pricing");
    signIn(tenants.staff(tenant, "Pricer", Permission.parse("pricing:read")).principal());
    return tenant;
  }

  private void signIn(AtriumPrincipal principal) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, principal);
  }

  private <T> T as(TestTenant tenant, Supplier<T> work) {
    return tenancy.runAsTenant(tenant.id(), work);
  }

  @Test
  void anItemIsPricedAtThePriceInForceOnThePeriodsFirstDay() {
    TestTenant fr = french();
    long item =
        fixtures.item(fr.id(), fr.centreId(), ServiceType.COWORKING, Unit.MONTH, "20", true);
    fixtures.price(fr.id(), item, fr.centreId(), JAN, "400");
    fixtures.price(fr.id(), item, fr.centreId(), JULY, "450");

    Breakdown june =
        as(fr, () -> pricing.quote(PricingRequest.item(fr.centreId(), item, JULY.minusDays(1))));
    Breakdown july = as(fr, () -> pricing.quote(PricingRequest.item(fr.centreId(), item, JULY)));

    assertEquals("EUR", june.currency());
    assertEquals(new BigDecimal("400.00"), june.amountOf(Kind.BASE));
    assertEquals(new BigDecimal("480.00"), june.gross());
    assertEquals(new BigDecimal("450.00"), july.amountOf(Kind.BASE));
    assertEquals("VAT_S=90.00", taxes(july));
    assertEquals(new BigDecimal("540.00"), july.gross());
    assertRefused(
        "from",
        "pricing.refused.noPrice",
        () ->
            as(
                fr,
                () -> pricing.quote(PricingRequest.item(fr.centreId(), item, JAN.minusDays(1)))));
  }

  @Test
  void theGridAssignedToTheCentreAdjustsFromItsCommitmentLength() {
    TestTenant fr = french();
    long item =
        fixtures.item(fr.id(), fr.centreId(), ServiceType.DEDICATED_DESK, Unit.MONTH, "20", true);
    fixtures.price(fr.id(), item, fr.centreId(), JAN, "400");
    fixtures.grid(
        fr.id(),
        fr.centreId(),
        new Line(null, null, 12, "0.9", null),
        new Line(null, Space.Kind.DEDICATED_DESK, 24, null, "-60"));
    PricingRequest desk = PricingRequest.item(fr.centreId(), item, JULY);

    Breakdown sixMonths = as(fr, () -> pricing.quote(desk.withCommitment(6)));
    Breakdown yearTwoDesks =
        as(fr, () -> pricing.quote(desk.withCommitment(12).withQuantity(BigDecimal.valueOf(2))));
    Breakdown twoYears = as(fr, () -> pricing.quote(desk.withCommitment(24)));

    assertEquals(List.of(), sixMonths.linesOf(Kind.GRID), "no line reached at 6 months");
    assertEquals(new BigDecimal("-80.00"), yearTwoDesks.amountOf(Kind.GRID));
    assertEquals(new BigDecimal("720.00"), yearTwoDesks.net());
    assertEquals("GRID_COEFFICIENT_ANY", yearTwoDesks.linesOf(Kind.GRID).get(0).rule());
    assertEquals(new BigDecimal("-60.00"), twoYears.amountOf(Kind.GRID), "the kind's line wins");
    assertEquals(new BigDecimal("408.00"), twoYears.gross());
  }

  @Test
  void anOfficeIsPricedByTheCentresReferencePriceTimesItsArea() {
    TestTenant fr = french();
    fixtures.referencePrice(fr.id(), fr.centreId(), "42.50");
    long byArea =
        fixtures.item(fr.id(), fr.centreId(), ServiceType.PRIVATE_OFFICE, Unit.SQM, "20", true);
    long monthly =
        fixtures.item(fr.id(), fr.centreId(), ServiceType.PRIVATE_OFFICE, Unit.MONTH, "20", true);
    fixtures.price(fr.id(), monthly, fr.centreId(), JAN, "1200");
    long bare = fixtures.space(fr.id(), fr.centreId(), Space.Kind.PRIVATE_OFFICE, "18.5", null);
    long sqmItem = fixtures.space(fr.id(), fr.centreId(), Space.Kind.PRIVATE_OFFICE, "20", byArea);
    long monthlyItem =
        fixtures.space(fr.id(), fr.centreId(), Space.Kind.PRIVATE_OFFICE, "20", monthly);
    long noArea = fixtures.space(fr.id(), fr.centreId(), Space.Kind.PRIVATE_OFFICE, null, null);

    Breakdown office = as(fr, () -> pricing.quote(PricingRequest.space(fr.centreId(), bare, JULY)));
    assertEquals(new BigDecimal("786.25"), office.amountOf(Kind.BASE));
    assertEquals("SQM_REFERENCE", office.linesOf(Kind.BASE).get(0).rule());
    assertEquals(new BigDecimal("943.50"), office.gross());
    assertEquals(
        new BigDecimal("850.00"),
        as(fr, () -> pricing.quote(PricingRequest.space(fr.centreId(), sqmItem, JULY)))
            .amountOf(Kind.BASE));
    assertEquals(
        new BigDecimal("1200.00"),
        as(fr, () -> pricing.quote(PricingRequest.space(fr.centreId(), monthlyItem, JULY)))
            .amountOf(Kind.BASE),
        "a space sold by the month is priced by its item");
    assertRefused(
        "space",
        "pricing.refused.noArea",
        () -> as(fr, () -> pricing.quote(PricingRequest.space(fr.centreId(), noArea, JULY))));
  }

  @Test
  void aBuyerRegisteredInAnotherStatePaysIgstOnlyForServicesNotAtTheProperty() {
    String slug = banyan();
    long tenantId = tenants.idOf(slug);
    TestTenant banyan = new TestTenant(tenantId, slug, tenants.centreId(slug, "BLR1"));
    signIn(tenants.staffPrincipal(slug, "admin@banyan.test"));
    long virtualOffice =
        fixtures.item(
            tenantId, banyan.centreId(), ServiceType.DOMICILIATION, Unit.MONTH, "18", false);
    long desk =
        fixtures.item(tenantId, banyan.centreId(), ServiceType.HOT_DESK, Unit.MONTH, "18", true);
    fixtures.price(tenantId, virtualOffice, banyan.centreId(), JAN, "5000");
    fixtures.price(tenantId, desk, banyan.centreId(), JAN, "12000");
    long haryana = companyWithGstinOf(tenantId, "06");
    long karnataka = companyWithGstinOf(tenantId, "29");

    PricingRequest mail = PricingRequest.item(banyan.centreId(), virtualOffice, JULY);
    Breakdown igst = as(banyan, () -> pricing.quote(mail.forCompany(haryana)));
    assertEquals("INR", igst.currency());
    assertEquals("IGST_INTER_STATE=900.00", taxes(igst));
    assertEquals(new BigDecimal("5900.00"), igst.gross());
    assertEquals(
        "CGST_SAME_STATE=450.00;SGST_SAME_STATE=450.00",
        taxes(as(banyan, () -> pricing.quote(mail.forCompany(karnataka)))));
    assertEquals(
        "CGST_BUYER_UNKNOWN=450.00;SGST_BUYER_UNKNOWN=450.00",
        taxes(as(banyan, () -> pricing.quote(mail))));
    assertEquals(
        "CGST_PROPERTY=1080.00;SGST_PROPERTY=1080.00",
        taxes(
            as(
                banyan,
                () ->
                    pricing.quote(
                        PricingRequest.item(banyan.centreId(), desk, JULY).forCompany(haryana)))));
  }

  @Test
  void whatCannotBePricedIsRefusedNamingTheField() {
    TestTenant fr = french();
    TestTenant other = tenants.fresh("pricing-other");
    long item = fixtures.item(fr.id(), fr.centreId(), ServiceType.HOT_DESK, Unit.DAY, "20", true);
    fixtures.price(fr.id(), item, fr.centreId(), JAN, "25");
    long inactive =
        fixtures.item(fr.id(), fr.centreId(), ServiceType.HOT_DESK, Unit.DAY, "20", true);
    fixtures.price(fr.id(), inactive, fr.centreId(), JAN, "25");
    fixtures.deactivate(fr.id(), inactive);
    long elsewhere =
        fixtures.item(other.id(), other.centreId(), ServiceType.HOT_DESK, Unit.DAY, "20", true);
    PricingRequest day = PricingRequest.item(fr.centreId(), item, JULY);

    assertRefused(
        "item",
        "pricing.refused.inactive",
        () -> as(fr, () -> pricing.quote(PricingRequest.item(fr.centreId(), inactive, JULY))));
    assertRefused(
        "commitment",
        "pricing.refused.commitment",
        () -> as(fr, () -> pricing.quote(day.withCommitment(5))));
    assertRefused(
        "quantity",
        "pricing.refused.quantity",
        () -> as(fr, () -> pricing.quote(day.withQuantity(new BigDecimal("-1")))));
    assertRefused(
        "discount",
        "pricing.refused.discount",
        () -> as(fr, () -> pricing.quote(day.withDiscount(new BigDecimal("100.5")))));
    assertThrows(
        NotFoundException.class,
        () -> as(fr, () -> pricing.quote(PricingRequest.item(other.centreId(), item, JULY))),
        "another tenant's centre");
    assertThrows(
        NotFoundException.class,
        () -> as(fr, () -> pricing.quote(PricingRequest.item(fr.centreId(), elsewhere, JULY))),
        "another tenant's item");

    // An item of the tenant that this centre does not offer; an item and a space at once.
    long notHere =
        fixtures.item(fr.id(), fr.centreId(), ServiceType.HOT_DESK, Unit.DAY, "20", true);
    fixtures.withdraw(fr.id(), notHere, fr.centreId());
    assertRefused(
        "item",
        "pricing.refused.notOffered",
        () -> as(fr, () -> pricing.quote(PricingRequest.item(fr.centreId(), notHere, JULY))));
    long zone = fixtures.space(fr.id(), fr.centreId(), Space.Kind.HOT_DESK_ZONE, "10", null);
    assertRefused(
        "item",
        "pricing.refused.itemOrSpace",
        () ->
            as(
                fr,
                () ->
                    pricing.quote(
                        new PricingRequest(
                            fr.centreId(),
                            item,
                            zone,
                            0,
                            BigDecimal.ONE,
                            JULY,
                            null,
                            null,
                            null))));
  }

  @Test
  void aCommunityManagerPricesOnlyInHerCentresAndHerCeilingIsHerRoles() {
    String slug = banyan();
    long tenantId = tenants.idOf(slug);
    TestTenant banyan = new TestTenant(tenantId, slug, tenants.centreId(slug, "BLR1"));
    long gurugram = tenants.centreId(slug, "GGN1");
    long desk = fixtures.item(tenantId, gurugram, ServiceType.HOT_DESK, Unit.MONTH, "18", true);
    fixtures.price(tenantId, desk, gurugram, JAN, "9000");
    AtriumPrincipal cm = tenants.staffPrincipal(slug, "cm@banyan.test");
    signIn(cm);

    assertThrows(
        NotFoundException.class,
        () -> as(banyan, () -> pricing.price(PricingRequest.item(gurugram, desk, JULY))));
    assertEquals(
        0, new BigDecimal("10").compareTo(as(banyan, () -> ceilings.ceilingOf(cm.personId()))));
    long admin = tenants.staffPrincipal(slug, "admin@banyan.test").personId();
    assertEquals(0, new BigDecimal("100").compareTo(as(banyan, () -> ceilings.ceilingOf(admin))));
  }

  @Test
  void staffWithoutPricingRightsAreRefusedTheQuote() {
    TestTenant fr = tenants.fresh("pricing");
    signIn(tenants.staff(fr, "No pricing", Permission.parse("tickets:read")).principal());
    long item = fixtures.item(fr.id(), fr.centreId(), ServiceType.HOT_DESK, Unit.DAY, "20", true);
    fixtures.price(fr.id(), item, fr.centreId(), JAN, "25");
    assertThrows(
        ForbiddenException.class,
        () -> as(fr, () -> pricing.quote(PricingRequest.item(fr.centreId(), item, JULY))));
  }

  /** One copy of the Indian demo operator for the class (importing it hashes every password). */
  private String banyan() {
    if (banyanSlug == null) {
      banyanSlug = tenants.copyOf("banyan");
    }
    return banyanSlug;
  }

  private long companyWithGstinOf(long tenantId, String state) {
    return tenants.all(tenantId, Company.class).stream()
        .filter(c -> c.getGstin() != null && c.getGstin().startsWith(state))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private static String taxes(Breakdown breakdown) {
    return breakdown.linesOf(Kind.TAX).stream()
        .map(line -> line.rule() + "=" + line.amount().toPlainString())
        .collect(Collectors.joining(";"));
  }

  private static void assertRefused(String field, String key, Runnable pricing) {
    InvalidFieldsException refused = assertThrows(InvalidFieldsException.class, pricing::run);
    assertEquals(key, refused.fieldKeys().get(field), refused.fieldKeys().toString());
  }
}
