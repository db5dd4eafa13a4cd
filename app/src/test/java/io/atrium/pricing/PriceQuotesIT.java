package io.atrium.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.approvals.ApprovalFixtures;
import io.atrium.approvals.ApprovalRequest;
import io.atrium.approvals.Approvals;
import io.atrium.approvals.Decision;
import io.atrium.approvals.DecisionsHeard;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, on this class's copy of lumiere whose community managers may price: the Paris
 * community manager (ceiling 10 %) saves price quotes of a 450.00 EUR meeting room. Within her
 * ceiling a quote is confirmed at once; above it it waits, and the approver's decision confirms or
 * rejects it; the breakdown stays as saved when the price changes; bad input and other tenants' ids
 * write nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PriceQuotesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            TestTenants.class,
            InTransaction.class,
            PricingFixtures.class,
            PricingFixtures.Line.class,
            QuoteFixtures.class,
            ApprovalFixtures.class,
            DecisionsHeard.class);
  }

  @Inject PriceQuotes quotes;

  @Inject Approvals approvals;

  @Inject PricingFixtures pricing;

  @Inject QuoteFixtures fixtures;

  @Inject ApprovalFixtures people;

  @Inject TestTenants tenants;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  private static String lumiere;
  private static long tenant;
  private static long paris;
  private static long item;

  @BeforeEach
  void ownCopyOfLumiere() {
    if (lumiere == null) {
      lumiere = tenants.copyOf("lumiere");
      tenant = tenants.idOf(lumiere);
      paris = tenants.centreId(lumiere, "PAR1");
      fixtures.communityManagersPrice(tenant);
      item =
          pricing.item(
              tenant,
              paris,
              CatalogueItem.ServiceType.MEETING_ROOM,
              CatalogueItem.Unit.DAY,
              "20",
              true);
      pricing.price(tenant, item, paris, LocalDate.of(2026, 1, 1), "450.00");
    }
  }

  @Test
  void withinTheCeilingAQuoteIsConfirmedAndKeepsItsBreakdownWhenThePriceChanges() {
    long own =
        pricing.item(
            tenant,
            paris,
            CatalogueItem.ServiceType.MEETING_ROOM,
            CatalogueItem.Unit.DAY,
            "20",
            true);
    pricing.price(tenant, own, paris, LocalDate.of(2026, 1, 1), "450.00");
    as("cm@lumiere.test");
    PriceQuoteDraft draft = draft("10");
    draft.setItemId(own);
    PriceQuote saved = inTenant(() -> quotes.save(draft));
    assertEquals(PriceQuote.Status.CONFIRMED, saved.getStatus());
    assertEquals(0, new BigDecimal("405.00").compareTo(saved.getNetTotal()), "450 less 10 %");
    assertEquals(0, new BigDecimal("486.00").compareTo(saved.getGrossTotal()), "with 20 % VAT");
    assertTrue(
        inTenant(() -> approvals.latest(PriceQuotes.KIND, saved.getId())).isEmpty(), "no request");

    pricing.price(tenant, own, paris, LocalDate.of(2026, 1, 2), "900.00");
    PriceQuote kept = fixtures.quote(tenant, saved.getId());
    Breakdown breakdown = PriceQuotes.breakdownOf(kept);
    assertEquals(0, new BigDecimal("405.00").compareTo(breakdown.net()), "as written");
    assertEquals(
        "450.00", breakdown.linesOf(BreakdownLine.Kind.BASE).get(0).amount().toPlainString());
    assertEquals("EUR", breakdown.currency());
  }

  @Test
  void aboveTheCeilingAQuoteWaitsAndFollowsTheDecision() {
    as("cm@lumiere.test");
    PriceQuote approved = inTenant(() -> quotes.save(draft("25")));
    PriceQuote rejected = inTenant(() -> quotes.save(draft("40")));
    assertEquals(PriceQuote.Status.PENDING_APPROVAL, approved.getStatus());
    ApprovalRequest request =
        inTenant(() -> approvals.pending(PriceQuotes.KIND, approved.getId())).orElseThrow();
    assertEquals(
        0, approved.getNetTotal().compareTo(request.getAmount()), "the net, for approvers");
    assertEquals("EUR", request.getCurrency());
    assertEquals("/pricing/quote.xhtml?id=" + approved.getId(), request.getDocumentPage());

    as("admin@lumiere.test");
    inTenant(() -> approvals.decide(request.getId(), Decision.APPROVE, null));
    assertEquals(PriceQuote.Status.CONFIRMED, fixtures.quote(tenant, approved.getId()).getStatus());
    long other =
        inTenant(() -> approvals.pending(PriceQuotes.KIND, rejected.getId())).orElseThrow().getId();
    inTenant(() -> approvals.decide(other, Decision.REJECT, "40 % is a loss"));
    assertEquals(PriceQuote.Status.REJECTED, fixtures.quote(tenant, rejected.getId()).getStatus());
    assertEquals(
        "40 % is a loss",
        inTenant(() -> approvals.latest(PriceQuotes.KIND, rejected.getId()))
            .orElseThrow()
            .getReason());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndWritesNothing() {
    as("cm@lumiere.test");
    long before = fixtures.quotes(tenant);
    assertEquals("quote.discount.invalid", refusal(draft("120"), "discountPercent"));
    assertEquals("quote.discount.invalid", refusal(draft("-5"), "discountPercent"));
    PriceQuoteDraft negative = draft("0");
    negative.setQuantity(new BigDecimal("-1"));
    assertEquals("pricing.refused.quantity", refusal(negative, "quantity"));
    PriceQuoteDraft stranger = draft("0");
    stranger.setStaffDiscountId(item);
    assertEquals("quote.discount.notGrantable", refusal(stranger, "staffDiscountId"));
    PriceQuoteDraft nothing = draft("0");
    nothing.setItemId(null);
    assertEquals("pricing.refused.itemOrSpace", refusal(nothing, "item"));
    assertEquals(before, fixtures.quotes(tenant), "nothing written");
  }

  @Test
  void anotherTenantsQuoteCentreOrItemIsNotFound() {
    as("cm@lumiere.test");
    PriceQuote mine = inTenant(() -> quotes.save(draft("5")));
    long before = fixtures.quotes(tenant);
    long demo = tenants.idOf("lumiere");
    people.signIn(tenants.staffPrincipal("lumiere", "admin@lumiere.test"));
    assertThrows(
        NotFoundException.class, () -> tenancy.runAsTenant(demo, () -> quotes.get(mine.getId())));
    PriceQuoteDraft theirs = draft("0");
    theirs.setCentreId(tenants.centreId("lumiere", "PAR1"));
    as("cm@lumiere.test");
    assertThrows(NotFoundException.class, () -> inTenant(() -> quotes.save(theirs)));
    PriceQuoteDraft lyon = draft("0");
    lyon.setCentreId(tenants.centreId(lumiere, "LYO1"));
    assertThrows(
        NotFoundException.class,
        () -> inTenant(() -> quotes.save(lyon)),
        "Lyon is not the Paris community manager's centre");
    assertEquals(before, fixtures.quotes(tenant));
  }

  private String refusal(PriceQuoteDraft draft, String field) {
    InvalidFieldsException refused =
        assertThrows(InvalidFieldsException.class, () -> inTenant(() -> quotes.save(draft)));
    return refused.fieldKeys().get(field);
  }

  private PriceQuoteDraft draft(String discount) {
    PriceQuoteDraft draft = new PriceQuoteDraft();
    draft.setCentreId(paris);
    draft.setItemId(item);
    draft.setFrom(LocalDate.now(ZoneId.of("Europe/Paris")));
    draft.setDiscountPercent(new BigDecimal(discount));
    return draft;
  }

  private void as(String email) {
    people.signIn(tenants.staffPrincipal(lumiere, email));
  }

  private <T> T inTenant(java.util.function.Supplier<T> work) {
    return tenancy.runAsTenant(tenant, () -> tx.call(work));
  }
}
