package io.atrium.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.catalogue.CatalogueItem.ServiceType;
import io.atrium.catalogue.CatalogueItem.Unit;
import io.atrium.directory.Company;
import io.atrium.identity.Permission;
import io.atrium.pricing.PricingFixtures.Line;
import io.atrium.shared.api.Problem;
import io.atrium.spaces.Space;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GET and POST /api/pricing/quote as an integration would call them: the same breakdown either way,
 * rules in the caller's language, bad input refused as problem+json naming the field, and another
 * tenant's ids not found. Runs in the server to write its catalogue fixtures, and calls the API
 * over HTTP like any client.
 */
@ExtendWith(ArquillianExtension.class)
class PricingApiIT {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Inject PricingFixtures fixtures;

  @Inject HttpServletRequest request;

  /** A French tenant with a hot desk at 450 € from January, and a pricer's token. */
  private record Setup(Api api, String token, TestTenant tenant, long item, TestStaff pricer) {}

  private Setup setUp(String... rights) {
    TestTenant tenant = tenants.fresh("pricing-api");
    Permission[] granted = new Permission[rights.length];
    for (int i = 0; i < rights.length; i++) {
      granted[i] = Permission.parse(rights[i]);
    }
    TestStaff pricer = tenants.staff(tenant, "Pricer", granted);
    long item =
        fixtures.item(tenant.id(), tenant.centreId(), ServiceType.HOT_DESK, Unit.MONTH, "20", true);
    fixtures.price(tenant.id(), item, tenant.centreId(), JAN, "450");
    Api api =
        new Api(
            URI.create(
                "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/"));
    var token = api.requestToken(tenant.slug(), pricer.email(), pricer.password());
    assertEquals(200, token.statusCode(), token.body());
    return new Setup(api, Api.json(token).getString("access_token"), tenant, item, pricer);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), "problem");
  }

  private static String field(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    JsonObject errors = Api.json(response).getJsonObject("errors");
    assertTrue(errors != null && errors.containsKey(field), response.body());
    return errors.getString(field);
  }

  @Test
  void theRulesAreReadAsTheyWereSet() {
    Setup s = setUp("pricing:read");
    long centre = s.tenant().centreId();
    fixtures.referencePrice(s.tenant().id(), centre, "42.50");
    long grid =
        fixtures.grid(
            s.tenant().id(), centre, new PricingFixtures.Line(s.item(), null, 12, "0.9", null));

    var centres = s.api().get("api/pricing/centres", s.token());
    assertEquals(
        200, centres.statusCode(), "these three GETs always answered 400: " + centres.body());
    JsonObject paris = Api.jsonArray(centres).getJsonObject(0);
    assertEquals(centre, paris.getJsonNumber("centreId").longValue());
    assertEquals("EUR", paris.getString("currency"));
    assertEquals("42.50", paris.getString("pricePerSqm"));

    var grids = s.api().get("api/pricing/grids?centre=" + centre, s.token());
    assertEquals(200, grids.statusCode(), grids.body());
    JsonObject read = Api.jsonArray(grids).getJsonObject(0);
    assertEquals(grid, read.getJsonNumber("id").longValue());
    JsonObject line = read.getJsonArray("lines").getJsonObject(0);
    assertEquals(s.item(), line.getJsonNumber("itemId").longValue());
    assertEquals(12, line.getInt("commitmentMonths"));

    var discounts = s.api().get("api/pricing/discounts", s.token());
    assertEquals(200, discounts.statusCode(), discounts.body());
    assertEquals(0, Api.jsonArray(discounts).size(), "none set in this tenant");
  }

  @Test
  void getAndPostAnswerTheSameBreakdownInTheCallersLanguage() {
    Setup s = setUp("pricing:read");
    String query =
        "api/pricing/quote?centre=%d&item=%d&from=2026-07-01&quantity=2&discount=10"
            .formatted(s.tenant().centreId(), s.item());
    var got = s.api().get(query, s.token(), "Accept-Language", "fr");
    assertEquals(200, got.statusCode(), got.body());
    JsonObject breakdown = Api.json(got);
    assertEquals("EUR", breakdown.getString("currency"));
    assertEquals("810.00", breakdown.getString("net"));
    assertEquals("162.00", breakdown.getString("tax"));
    assertEquals("972.00", breakdown.getString("gross"));
    JsonObject base = breakdown.getJsonArray("lines").getJsonObject(0);
    assertEquals("BASE", base.getString("kind"));
    assertEquals("ITEM_PRICE", base.getString("rule"));
    assertEquals("900.00", base.getString("amount"));
    JsonObject tax = breakdown.getJsonArray("lines").getJsonObject(3);
    assertEquals("VAT_S", tax.getString("rule"));
    assertEquals("20", tax.getString("taxRate"));
    assertEquals("TVA au taux normal de 20 % sur 810", tax.getString("text"));

    String body =
        "{\"centre\":%d,\"item\":%d,\"from\":\"2026-07-01\",\"quantity\":\"2\",\"discount\":\"10\"}"
            .formatted(s.tenant().centreId(), s.item());
    var posted =
        s.api().call("POST", "api/pricing/quote", s.token(), body, "Accept-Language", "fr");
    assertEquals(200, posted.statusCode(), posted.body());
    assertEquals(got.body(), posted.body(), "the same breakdown either way");
    var english = s.api().post("api/pricing/quote", s.token(), body);
    assertTrue(english.body().contains("VAT, standard rate 20 % on 810"), english.body());
  }

  @Test
  void badInputIsRefusedAsProblemJsonNamingTheField() {
    Setup s = setUp("pricing:read");
    long centre = s.tenant().centreId();
    String start = "{\"centre\":" + centre + ",\"item\":" + s.item() + ",\"from\":\"2026-07-01\"";

    assertProblem(s.api().post("api/pricing/quote", s.token(), "{\"centre\":"), 400);
    assertProblem(s.api().post("api/pricing/quote", s.token(), "[1,2]"), 400);
    field(
        s.api().post("api/pricing/quote", s.token(), start + ",\"quantity\":\"-1\"}"), "quantity");
    field(
        s.api().post("api/pricing/quote", s.token(), start + ",\"quantity\":\"abc\"}"), "quantity");
    field(s.api().post("api/pricing/quote", s.token(), start + ",\"quantity\":2.5}"), "quantity");
    field(
        s.api().post("api/pricing/quote", s.token(), start + ",\"discount\":\"101\"}"), "discount");
    field(s.api().post("api/pricing/quote", s.token(), start + ",\"commitment\":5}"), "commitment");
    field(s.api().post("api/pricing/quote", s.token(), start + ",\"to\":\"2026-06-30\"}"), "to");
    field(
        s.api().post("api/pricing/quote", s.token(), start + ",\"quantity\":\"1\\u0000\"}"),
        "quantity");
    field(
        s.api()
            .post(
                "api/pricing/quote",
                s.token(),
                start + ",\"discount\":\"" + "9".repeat(5000) + "\"}"),
        "discount");
    assertProblem(s.api().post("api/pricing/quote", s.token(), start + ",\"price\":\"1\"}"), 400);
    field(
        s.api()
            .post(
                "api/pricing/quote",
                s.token(),
                "{\"centre\":" + centre + ",\"item\":" + s.item() + "}"),
        "from");
    field(s.api().get("api/pricing/quote?centre=abc&item=1&from=2026-07-01", s.token()), "centre");
    field(
        s.api()
            .get(
                "api/pricing/quote?centre=%d&item=%d&from=2025-01-01".formatted(centre, s.item()),
                s.token()),
        "from");
    assertEquals(
        "La quantité doit être supérieure à zéro.",
        field(
            s.api()
                .call(
                    "POST",
                    "api/pricing/quote",
                    s.token(),
                    start + ",\"quantity\":\"0\"}",
                    "Accept-Language",
                    "fr"),
            "quantity"));
  }

  @Test
  void anotherTenantsIdsAreNotFoundInTheQueryAndInTheBody() {
    Setup s = setUp("pricing:read");
    TestTenant other = tenants.fresh("pricing-api-other");
    long theirItem =
        fixtures.item(other.id(), other.centreId(), ServiceType.HOT_DESK, Unit.MONTH, "20", true);
    fixtures.price(other.id(), theirItem, other.centreId(), JAN, "300");
    long theirSpace =
        fixtures.space(other.id(), other.centreId(), Space.Kind.PRIVATE_OFFICE, "12", null);
    long theirCompany = tenants.all(tenants.idOf("banyan"), Company.class).get(0).getId();
    long mine = s.tenant().centreId();
    String[][] cases = {
      {
        "centre=" + other.centreId() + "&item=" + s.item(),
        "\"centre\":" + other.centreId() + ",\"item\":" + s.item()
      },
      {
        "centre=" + other.centreId() + "&item=" + theirItem,
        "\"centre\":" + other.centreId() + ",\"item\":" + theirItem
      },
      {"centre=" + mine + "&item=" + theirItem, "\"centre\":" + mine + ",\"item\":" + theirItem},
      {
        "centre=" + mine + "&space=" + theirSpace, "\"centre\":" + mine + ",\"space\":" + theirSpace
      },
      {
        "centre=" + mine + "&item=" + s.item() + "&company=" + theirCompany,
        "\"centre\":" + mine + ",\"item\":" + s.item() + ",\"company\":" + theirCompany
      },
    };
    for (String[] c : cases) {
      assertProblem(s.api().get("api/pricing/quote?from=2026-07-01&" + c[0], s.token()), 404);
      assertProblem(
          s.api().post("api/pricing/quote", s.token(), "{\"from\":\"2026-07-01\"," + c[1] + "}"),
          404);
    }
  }

  @Test
  void anotherTenantsGridAndCentresAreNotFoundOnTheRulesPages() {
    Setup s = setUp("pricing:read");
    TestTenant other = tenants.fresh("pricing-api-other");
    long theirs = fixtures.grid(other.id(), other.centreId(), new Line(null, null, 0, "1.1", null));
    long mine =
        fixtures.grid(
            s.tenant().id(), s.tenant().centreId(), new Line(null, null, 0, "0.95", null));
    WebSession pages = new WebSession(s.api().base());
    assertEquals(
        302,
        pages.signIn(s.tenant().slug(), s.pricer().email(), s.pricer().password()).statusCode());

    var own = pages.get("pricing/grid.xhtml?id=" + mine);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("0.95") || own.body().contains("0,95"), "its line is shown");
    for (String path :
        List.of(
            "pricing/grid.xhtml?id=" + theirs,
            "pricing/grid.xhtml?id=abc",
            "pricing/grids.xhtml?centre=" + other.centreId(),
            "pricing/discounts.xhtml?centre=" + other.centreId())) {
      var page = pages.get(path);
      assertEquals(404, page.statusCode(), path);
      assertFalse(page.body().contains(other.slug()), path + " shows nothing of theirs");
    }
  }

  @Test
  void staffWithoutPricingReadAreRefused() {
    Setup s = setUp("tickets:read");
    assertProblem(
        s.api()
            .get(
                "api/pricing/quote?centre=%d&item=%d&from=2026-07-01"
                    .formatted(s.tenant().centreId(), s.item()),
                s.token()),
        403);
  }
}
