package io.atrium.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api/approvals as an approver's app calls it, on this class's copy of lumiere whose Paris
 * community manager asked for discounts above her ceiling (submitted in the server, as a document's
 * capability does): list, read, decide; 409 once decided, also for the second of two approvers at
 * once; 403 without pricing:approve; another tenant's request is 404; bad bodies are problem+json
 * and decide nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalsApiIT {

  private static final String PROBLEM = "application/problem+json";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            TestTenants.class,
            InTransaction.class,
            Api.class,
            Http.class,
            WebSession.class,
            DecisionsHeard.class,
            ApprovalFixtures.class);
  }

  @ArquillianResource URL base;

  @Inject ApprovalFixtures fixtures;

  @Inject TestTenants tenants;

  @Inject InTransaction tx;

  @Inject Tenancy tenancy;

  @Inject HttpServletRequest request;

  private static String lumiere;
  private static long tenant;
  private static String secondApprover;

  @BeforeEach
  void ownCopyOfLumiere() {
    if (lumiere == null) {
      lumiere = tenants.copyOf("lumiere");
      tenant = tenants.idOf(lumiere);
      secondApprover = "second.approver@" + lumiere + ".test";
      tenants.staff(
          tenant,
          secondApprover,
          "Sam Second",
          "en",
          WebSession.DEMO_PASSWORD,
          Permission.of(Area.PRICING, Action.APPROVE));
    }
  }

  @Test
  void anApproverListsReadsAndDecidesOnce() throws Exception {
    long id = pendingRequest(25);
    String admin = api().token(lumiere, "admin@lumiere.test");

    var list = api().get("api/approvals", admin);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(ids(Api.json(list)).contains(id), list.body());
    JsonObject one = Api.json(api().get("api/approvals/" + id, admin));
    assertEquals("PENDING", one.getString("state"));
    assertEquals(
        0, new BigDecimal("25").compareTo(new BigDecimal(one.getString("requestedPercent"))));
    assertEquals(0, BigDecimal.TEN.compareTo(new BigDecimal(one.getString("ceilingPercent"))));
    assertEquals(0, new BigDecimal("1234.5").compareTo(new BigDecimal(one.getString("amount"))));
    assertEquals("EUR", one.getString("currency"));

    var noReason =
        api().post("api/approvals/" + id + "/decision", admin, "{\"decision\":\"REJECT\"}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("reason"), noReason.body());
    assertEquals(PROBLEM, type(noReason));

    var approved =
        api().post("api/approvals/" + id + "/decision", admin, "{\"decision\":\"APPROVE\"}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Api.json(approved).getString("state"));

    var again =
        api()
            .post(
                "api/approvals/" + id + "/decision",
                admin,
                "{\"decision\":\"REJECT\",\"reason\":\"Changed my mind\"}");
    assertEquals(409, again.statusCode(), again.body());
    assertEquals(PROBLEM, type(again));
    assertEquals("APPROVED", state(id));

    assertTrue(ids(Api.json(api().get("api/approvals?state=APPROVED", admin))).contains(id));
    assertTrue(!ids(Api.json(api().get("api/approvals", admin))).contains(id), "no longer pending");
    var bogus = api().get("api/approvals?state=MAYBE", admin);
    assertEquals(400, bogus.statusCode(), bogus.body());
  }

  @Test
  void twoApproversAtOnceDecideOnlyOnce() throws Exception {
    long id = pendingRequest(30);
    String admin = api().token(lumiere, "admin@lumiere.test");
    String second = api().token(lumiere, secondApprover);
    var first =
        CompletableFuture.supplyAsync(
            () ->
                api()
                    .post(
                        "api/approvals/" + id + "/decision",
                        admin,
                        "{\"decision\":\"REJECT\",\"reason\":\"Too much\"}"));
    var other =
        CompletableFuture.supplyAsync(
            () ->
                api()
                    .post(
                        "api/approvals/" + id + "/decision", second, "{\"decision\":\"APPROVE\"}"));
    List<Integer> statuses =
        List.of(first.get().statusCode(), other.get().statusCode()).stream().sorted().toList();
    assertEquals(List.of(200, 409), statuses);
  }

  @Test
  void withoutPricingApproveTheApiAnswers403() {
    long id = pendingRequest(20);
    String cm = api().token(lumiere, "cm@lumiere.test");
    assertEquals(403, api().get("api/approvals", cm).statusCode());
    assertEquals(403, api().get("api/approvals/" + id, cm).statusCode());
    var decide = api().post("api/approvals/" + id + "/decision", cm, "{\"decision\":\"APPROVE\"}");
    assertEquals(403, decide.statusCode(), decide.body());
    assertEquals(PROBLEM, type(decide));
    assertEquals("PENDING", state(id));
  }

  @Test
  void anotherTenantsRequestIsNotFound() {
    long id = pendingRequest(40);
    String demoAdmin = api().token("lumiere", "admin@lumiere.test");
    var read = api().get("api/approvals/" + id, demoAdmin);
    assertEquals(404, read.statusCode(), read.body());
    var decide =
        api().post("api/approvals/" + id + "/decision", demoAdmin, "{\"decision\":\"APPROVE\"}");
    assertEquals(404, decide.statusCode(), decide.body());
    assertEquals(PROBLEM, type(decide));
    assertTrue(!ids(Api.json(api().get("api/approvals", demoAdmin))).contains(id));
    assertEquals("PENDING", state(id));
  }

  @Test
  void badBodiesAreProblemsAndDecideNothing() {
    long id = pendingRequest(35);
    String admin = api().token(lumiere, "admin@lumiere.test");
    String path = "api/approvals/" + id + "/decision";
    for (String body :
        List.of(
            "{\"decision\":",
            "[]",
            "{\"decision\":\"MAYBE\"}",
            "{\"decision\":42}",
            "{\"decision\":\"REJECT\",\"reason\":\"a\\u0000b\"}",
            "{\"decision\":\"REJECT\",\"reason\":\"" + "x".repeat(501) + "\"}",
            "{\"decision\":\"APPROVE\",\"unknown\":true}")) {
      var refused = api().post(path, admin, body);
      assertEquals(400, refused.statusCode(), body + " → " + refused.body());
      assertEquals(PROBLEM, type(refused), body);
    }
    assertEquals("PENDING", state(id));
  }

  /** A pending request of the Paris community manager (ceiling 10 %) for a test document. */
  private long pendingRequest(int percent) {
    AtriumPrincipal cm = tenants.staffPrincipal(lumiere, "cm@lumiere.test");
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, cm);
    return fixtures
        .submit(
            tenant,
            tenants.centreId(lumiere, "PAR1"),
            ApprovalFixtures.newDocument(),
            BigDecimal.valueOf(percent),
            cm.personId())
        .orElseThrow()
        .getId();
  }

  private String state(long id) {
    return fixtures.reread(tenant, id).getState().name();
  }

  private Api api() {
    try {
      return new Api(base.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static String type(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
  }
}
