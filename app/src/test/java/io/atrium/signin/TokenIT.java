package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API's bearer tokens through the real server: issue, use, refuse, refresh. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
  }

  @Test
  void aStaffTokenOpensMeWithTenantRolesAndPermissions() {
    var response = api.requestToken("lumiere", "cm@lumiere.test", WebSession.DEMO_PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    var pair = Api.json(response);
    assertEquals("Bearer", pair.getString("token_type"));
    assertTrue(pair.getInt("expires_in") > 0 && pair.getInt("expires_in") <= 900);
    var me = Api.json(api.get("api/me", pair.getString("access_token")));
    assertEquals("lumiere", me.getString("tenant"));
    assertEquals("staff", me.getString("kind"));
    assertTrue(me.getJsonArray("roles").toString().contains("Community Manager"));
    String permissions = me.getJsonArray("permissions").toString();
    assertTrue(permissions.contains("\"companies:read\""), permissions);
    assertFalse(permissions.contains("\"staff:edit\""), permissions);
  }

  @Test
  void aMemberTokenCarriesTheCompanyRoleAndItsRights() {
    var me = Api.json(api.get("api/me", api.token("banyan", "manager@peepal.test")));
    assertEquals("member", me.getString("kind"));
    assertEquals("MANAGER", me.getString("companyRole"));
    String rights = me.getJsonArray("clientRights").toString();
    assertTrue(rights.contains("paid-bookings"), rights);
    assertFalse(rights.contains("company-documents"), "a manager has no company documents");
  }

  @Test
  void wrongCredentialsAreA401ProblemInTheCallersLanguage() {
    var response = api.requestToken("lumiere", "cm@lumiere.test", "wrong-password-123");
    assertProblem(response, 401);
    var french = api.get("api/me", null, "Accept-Language", "fr-FR,fr;q=0.9");
    assertProblem(french, 401);
    assertTrue(french.body().contains("Authentification requise"), french.body());
  }

  @Test
  void everyEndpointButSignInNeedsAToken() {
    assertProblem(api.get("api/me", null), 401);
    assertEquals(200, api.get("api/about", null).statusCode());
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = api.token("lumiere", "reception@lumiere.test");
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"lumiere\"", "\"banyan\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertProblem(api.get("api/me", forged), 401);
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String token = api.token("lumiere", "reception@lumiere.test");
    String payload = token.split("\\.")[1];
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    assertProblem(api.get("api/me", header + "." + payload + "."), 401);
  }

  @Test
  void aRefreshTokenWorksOnceAndGivesANewPair() {
    var first = Api.json(api.requestToken("banyan", "sales@banyan.test", WebSession.DEMO_PASSWORD));
    String refresh = first.getString("refresh_token");
    String body = Json.createObjectBuilder().add("refresh_token", refresh).build().toString();
    var renewed = api.post("api/auth/refresh", null, body);
    assertEquals(200, renewed.statusCode(), renewed.body());
    var pair = Api.json(renewed);
    assertNotEquals(refresh, pair.getString("refresh_token"));
    assertEquals(200, api.get("api/me", pair.getString("access_token")).statusCode());
    assertProblem(api.post("api/auth/refresh", null, body), 401);
  }

  @Test
  void aPageSessionDoesNotOpenTheApi() throws Exception {
    var visitor = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    var response = visitor.get("api/me");
    assertEquals(401, response.statusCode(), "cookies are not credentials for the API");
  }

  @Test
  void platformAdministratorsGetNoApiToken() {
    assertProblem(api.requestToken("platform", "platform@atrium.test", "Atrium-demo-2026"), 401);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE,
        response.headers().firstValue("Content-Type").orElse("").split(";")[0],
        response.body());
    assertTrue(response.body().contains("\"status\":" + status), response.body());
  }
}
