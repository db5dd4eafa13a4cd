package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API sessions through the real server: refresh-token families (reuse and sign-out revoke them
 * whole), no caching of answers, and the tokens of a suspended tenant's people refused on every
 * endpoint (in a tenant of the test's own, so no other test sees it suspended). The tests run in
 * any order.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSessionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(TestTenants.class, InTransaction.class, Api.class, Http.class)
        .addClass(WebSession.class);
  }

  @ArquillianResource URL base;

  @Inject TestTenants fixtures;

  private Api api() throws Exception {
    return new Api(base.toURI());
  }

  @Test
  @RunAsClient
  void aReusedRefreshTokenRevokesItsWholeFamily() throws Exception {
    var api = api();
    JsonObject firstPair = pair(api, "banyan", "sales@banyan.test");
    String first = firstPair.getString("refresh_token");
    long banyan = Api.tenantId(firstPair.getString("access_token"));
    long reusesBefore = reuses(banyan);
    var renewed = refresh(api, first);
    assertEquals(200, renewed.statusCode(), renewed.body());
    String successor = Api.json(renewed).getString("refresh_token");
    String otherDevice = pair(api, "banyan", "sales@banyan.test").getString("refresh_token");

    assertProblem(refresh(api, first), 401);
    assertEquals(
        reusesBefore + 1, reuses(banyan), "the refused reuse and its revocation are audited");
    assertProblem(refresh(api, successor), 401);
    assertEquals(200, refresh(api, otherDevice).statusCode(), "another sign-in's family lives on");
  }

  private static long reuses(long tenantId) {
    return TestDatabase.countFromClient(
        tenantId, "SELECT count(*) FROM audit_entry WHERE action = 'REFRESH_REUSED'");
  }

  @Test
  @RunAsClient
  void signingOutRevokesTheCallersFamily() throws Exception {
    var api = api();
    var pair =
        Api.json(refresh(api, pair(api, "banyan", "cm@banyan.test").getString("refresh_token")));
    String access = pair.getString("access_token");
    String refresh = pair.getString("refresh_token");
    assertProblem(api.post("api/auth/logout", null, logout(refresh)), 401);
    assertEquals(200, api.get("api/me", access).statusCode(), "not signed out without a token");

    var out = api.post("api/auth/logout", access, logout(refresh));
    assertEquals(204, out.statusCode(), out.body());
    assertProblem(refresh(api, refresh), 401);
  }

  @Test
  @RunAsClient
  void nobodySignsSomeoneElseOut() throws Exception {
    var api = api();
    String banyanRefresh = pair(api, "banyan", "tech@banyan.test").getString("refresh_token");
    String otherTenant = pair(api, "lumiere", "tech@lumiere.test").getString("access_token");
    String sameTenant = pair(api, "banyan", "accounts@banyan.test").getString("access_token");

    for (String stranger : new String[] {otherTenant, sameTenant}) {
      var refused = api.post("api/auth/logout", stranger, logout(banyanRefresh));
      assertProblem(refused, 400);
      assertTrue(refused.body().contains("refresh_token"), refused.body());
    }
    assertEquals(200, refresh(api, banyanRefresh).statusCode(), "the owner's token still works");
  }

  @Test
  @RunAsClient
  void apiAnswersAreNeverStored() throws Exception {
    var api = api();
    String token = api.token("lumiere", "admin@lumiere.test");
    for (HttpResponse<String> answer :
        java.util.List.of(
            api.get("api/me", token),
            api.get("api/me", null),
            api.get("api/me", "not.a.token"),
            api.get("api/no-such-thing", token),
            api.requestToken("lumiere", "admin@lumiere.test", WebSession.DEMO_PASSWORD))) {
      assertEquals(
          "no-store",
          answer.headers().firstValue("Cache-Control").orElse(""),
          answer.uri() + " " + answer.statusCode());
    }
  }

  /**
   * In the server, to suspend and reinstate a tenant of its own between the requests: suspending a
   * demo tenant would lock out every test that signs into it meanwhile.
   */
  @Test
  void aSuspendedTenantsTokensAreRefusedEverywhereUntilItIsReinstated() throws Exception {
    TestTenant tenant = fixtures.fresh("api-suspended");
    TestStaff desk = fixtures.staff(tenant, "Desk", Permission.of(Area.VISITORS, Action.READ));
    var api = api();
    var issued = api.requestToken(tenant.slug(), desk.email(), desk.password());
    assertEquals(200, issued.statusCode(), issued.body());
    String token = Api.json(issued).getString("access_token");
    assertEquals(200, api.get("api/me", token).statusCode(), "valid while the tenant is active");

    fixtures.suspend(tenant.slug());
    for (String path : new String[] {"api/events", "api/visitors", "api/tickets", "api/me"}) {
      assertProblem(api.get(path, token), 401);
    }

    fixtures.reinstate(tenant.slug());
    assertEquals(200, api.get("api/me", token).statusCode(), "the same token works again");
  }

  private static JsonObject pair(Api api, String tenant, String email) {
    var response = api.requestToken(tenant, email, WebSession.DEMO_PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static HttpResponse<String> refresh(Api api, String refreshToken) {
    return api.post(
        "api/auth/refresh",
        null,
        Json.createObjectBuilder().add("refresh_token", refreshToken).build().toString());
  }

  private static String logout(String refreshToken) {
    return Json.createObjectBuilder().add("refresh_token", refreshToken).build().toString();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE,
        response.headers().firstValue("Content-Type").orElse("").split(";")[0],
        response.body());
  }
}
