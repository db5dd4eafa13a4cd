package io.atrium.consumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumptions through the REST API, in the demo operators: the life cycle of an unbilled one,
 * refused input that writes nothing, and ids of another tenant, in the path and in the body, that
 * are not found. (Billing through the API issues a real invoice, so it is exercised in copies, by
 * ConsumptionsIT; here only its refusals.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsumptionsApiIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String lumiere;
  private String banyan;
  private long lumiereId;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    lumiere = api.token("lumiere", "admin@lumiere.test");
    banyan = api.token("banyan", "admin@banyan.test");
    lumiereId = Api.tenantId(lumiere);
  }

  private long id(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  private JsonObjectBuilder form(String quantity) {
    return Json.createObjectBuilder()
        .add("centreId", id("SELECT id FROM centre WHERE code = ?", "PAR1"))
        .add("companyId", id("SELECT id FROM company WHERE name = ?", "Studio Kaolin"))
        .add("itemId", id("SELECT id FROM catalogue_item WHERE code = ?", "CAFE"))
        .add("quantity", quantity)
        .add("consumedOn", "2026-11-14");
  }

  private long rows() {
    return id("SELECT count(*) FROM consumption");
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void anUnbilledConsumptionIsAddedChangedAndRemoved() {
    var created = api.post("api/consumptions", lumiere, form("2").build().toString());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject body = Api.json(created);
    long id = body.getJsonNumber("id").longValue();
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/consumptions/" + id));
    assertEquals("2.50", body.getJsonNumber("unitPrice").bigDecimalValue().toPlainString());
    assertEquals("EUR", body.getString("currency"));

    var changed =
        api.put(
            "api/consumptions/" + id,
            lumiere,
            form("3").add("discountPercent", "10").build().toString());
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(3, Api.json(changed).getJsonNumber("quantity").intValue());

    var listed = api.get("api/consumptions?billed=false&from=2026-11-14&to=2026-11-14", lumiere);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains("\"id\":" + id), listed.body());

    assertEquals(204, api.delete("api/consumptions/" + id, lumiere).statusCode());
    assertProblem(api.get("api/consumptions/" + id, lumiere), 404);
  }

  @Test
  void badInputIsAProblemNamingTheFieldsAndWritesNothing() {
    long before = rows();
    var negative =
        api.post(
            "api/consumptions",
            lumiere,
            form("-1").add("discountPercent", "150").build().toString());
    assertProblem(negative, 400);
    JsonObject errors = Api.json(negative).getJsonObject("errors");
    assertTrue(errors.containsKey("quantity"), negative.body());
    assertTrue(errors.containsKey("discountPercent"), negative.body());
    assertProblem(api.post("api/consumptions", lumiere, "{\"quantity\": "), 400);
    assertProblem(
        api.post(
            "api/consumptions",
            lumiere,
            form("1").add("description", "a\u0000b").build().toString()),
        400);
    assertProblem(
        api.post(
            "api/consumptions",
            lumiere,
            form("1").add("description", "x".repeat(5000)).build().toString()),
        400);
    assertProblem(
        api.post(
            "api/consumptions",
            lumiere,
            form("1").add("consumedOn", "14/11/2026").build().toString()),
        400);
    assertProblem(api.post("api/consumptions/invoice", lumiere, "{\"ids\": []}"), 400);
    assertEquals(before, rows());
  }

  @Test
  void anotherTenantsIdsAreNotFoundInThePathAndRefusedInTheBody() {
    var created = api.post("api/consumptions", lumiere, form("1").build().toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    long before = rows();

    assertProblem(api.get("api/consumptions/" + id, banyan), 404);
    assertProblem(api.put("api/consumptions/" + id, banyan, form("9").build().toString()), 404);
    assertProblem(api.delete("api/consumptions/" + id, banyan), 404);
    assertProblem(api.post("api/consumptions/invoice", banyan, "{\"ids\": [" + id + "]}"), 404);
    var foreignBody = api.post("api/consumptions", banyan, form("1").build().toString());
    assertProblem(foreignBody, 400);
    JsonObject errors = Api.json(foreignBody).getJsonObject("errors");
    assertTrue(
        errors.containsKey("centreId") && errors.containsKey("companyId"), foreignBody.body());
    assertTrue(errors.containsKey("itemId"), foreignBody.body());

    assertEquals(before, rows());
    JsonObject still = Api.json(api.get("api/consumptions/" + id, lumiere));
    assertEquals(1, still.getJsonNumber("quantity").intValue(), "unchanged by the other tenant");
    assertTrue(!still.containsKey("invoiceId") || still.isNull("invoiceId"), "and not billed");
    assertEquals(204, api.delete("api/consumptions/" + id, lumiere).statusCode());
  }

  /**
   * Billing runs through the API: a run of Lyon's January 2031 (nothing due then; the demo's runs
   * leave drafts) is followed by its operator, and is not found by another tenant, which can
   * neither start nor preview a run of a centre it does not have.
   */
  @Test
  void anotherTenantsRunsAndCentresAreNotFound() {
    long lyon = id("SELECT id FROM centre WHERE code = ?", "LYO1");
    String body = "{\"centreId\": " + lyon + ", \"month\": \"2031-01\"}";
    var started = api.post("api/billing-runs", lumiere, body);
    assertEquals(202, started.statusCode(), started.body());
    long run = Api.json(started).getJsonNumber("id").longValue();
    assertEquals(200, api.get("api/billing-runs/" + run, lumiere).statusCode());
    long runs = id("SELECT count(*) FROM billing_run");

    assertProblem(api.get("api/billing-runs/" + run, banyan), 404);
    assertProblem(api.post("api/billing-runs/" + run + "/resume", banyan, "{}"), 404);
    assertProblem(api.post("api/billing-runs", banyan, body), 404);
    var preview = api.post("api/billing-runs/preview", banyan, body);
    assertProblem(preview, 400);
    assertTrue(Api.json(preview).getJsonObject("errors").containsKey("centreId"), preview.body());
    assertProblem(
        api.post(
            "api/billing-runs", lumiere, "{\"centreId\": " + lyon + ", \"month\": \"janvier\"}"),
        400);
    assertEquals(runs, id("SELECT count(*) FROM billing_run"), "nothing started");
    assertEquals(
        0,
        TestDatabase.countFromClient(
            Api.tenantId(banyan), "SELECT count(*) FROM billing_run WHERE centre_id = ?", lyon));
  }

  /**
   * A contract's page lists the consumptions recorded on it: before V14_28 no index held them, and
   * PostgreSQL read every consumption of every tenant (5.6 ms at 49,000 after a B1 run, one a
   * booking). The generic plan is the one a pooled connection keeps; sequential scans are ruled out
   * to compare the indexes alone.
   */
  @Test
  void aContractsConsumptionsAreReadByItsKey() throws Exception {
    // The shape of what ContractConsumptions.of sends.
    String plan =
        TestDatabase.genericPlanFromClient(
            lumiereId,
            "SELECT id FROM consumption WHERE contract_id = $1 AND tenant_id = $2"
                + " ORDER BY consumed_on DESC, id DESC LIMIT 500",
            "bigint, bigint",
            "1, " + lumiereId);
    assertTrue(plan.contains("consumption_contract"), plan);
    assertTrue(plan.contains("contract_id = $1"), plan);
  }
}
