package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.WebSession;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations and API clients see of the server: health, API docs, errors, headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  /** An exception's message line or a stack frame. */
  private static final Pattern STACK_TRACE =
      Pattern.compile("[A-Za-z]+(Exception|Error): |\\bat [a-z]+\\.[a-z]+\\.");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

  @ArquillianResource URL base;

  private URI app(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private URI server(String path) throws Exception {
    return Http.serverRoot(base.toURI()).resolve(path);
  }

  @Test
  void readinessReportsTheDatabaseReachableAndMigrated() throws Exception {
    var response = Http.get(server("health/ready"));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    assertTrue(response.body().contains("\"migrationsApplied\":true"), response.body());
    assertTrue(response.body().contains("\"reachable\":true"), response.body());
  }

  @Test
  void livenessIsUp() throws Exception {
    var response = Http.get(server("health/live"));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"server\""), response.body());
  }

  @Test
  void theApiIsDocumentedWithItsUi() throws Exception {
    var doc = Http.get(server("openapi"));
    assertEquals(200, doc.statusCode());
    assertTrue(doc.body().contains("Atrium API"), doc.body());
    assertTrue(doc.body().contains("/about"), doc.body());
    assertEquals(200, Http.get(server("openapi/ui/")).statusCode());
  }

  @Test
  void aboutNamesTheApiVersionAndLanguages() throws Exception {
    var response = Http.get(app("api/about"));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"apiVersion\":1"), response.body());
    assertTrue(response.body().contains("\"languages\":[\"en\",\"fr\"]"), response.body());
  }

  @Test
  void anUnknownApiPathIsAProblemDetailInTheCallersLanguage() throws Exception {
    var english = Http.get(app("api/no-such-thing"));
    assertEquals(404, english.statusCode());
    assertEquals(
        Problem.MEDIA_TYPE, english.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertTrue(english.body().contains("\"title\":\"Not found\""), english.body());
    assertTrue(english.body().contains("\"status\":404"), english.body());

    var french = Http.get(app("api/no-such-thing"), "Accept-Language", "fr-FR,fr;q=0.9");
    assertTrue(french.body().contains("\"title\":\"Introuvable\""), french.body());
  }

  @Test
  void aWrongMethodIsAProblemDetailToo() throws Exception {
    var response = Http.send(HttpRequest.newBuilder(app("api/about")).DELETE());
    assertEquals(405, response.statusCode());
    assertTrue(response.body().contains("\"title\":\"Method not allowed\""), response.body());
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequestNotAnIncident() throws Exception {
    for (String body : new String[] {"{not json", "{\"tenant\": [1, 2], \"email\": {}}"}) {
      var response =
          Http.send(
              HttpRequest.newBuilder(app("api/auth/token"))
                  .header("Content-Type", "application/json")
                  .header("Accept-Language", "fr")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      assertEquals(400, response.statusCode(), body + " -> " + response.body());
      assertEquals(
          Problem.MEDIA_TYPE,
          response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
      assertTrue(response.body().contains("JSON"), response.body());
      assertFalse(response.body().contains("Exception"), response.body());
    }
  }

  private HttpResponse<String> postLogin(String viewState) throws Exception {
    String form =
        "login=login&login%3AsignIn=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
    return Http.send(
        HttpRequest.newBuilder(app("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  @Test
  void aFormPostedAfterItsSessionIsGoneReloadsThePageInsteadOfFailing() throws Exception {
    // The view was saved in a session this second request does not carry: as after a timeout.
    Matcher state = VIEW_STATE.matcher(Http.get(app("login.xhtml")).body());
    assertTrue(state.find(), "the form carries its view state");
    var response = postLogin(state.group(1));
    assertEquals(302, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
        response.headers().toString());
  }

  @Test
  void aForgedFormIsTheErrorPageWithoutInternals() throws Exception {
    var response = postLogin("forged-state");
    assertEquals(500, response.statusCode());
    assertTrue(response.body().contains("Something went wrong"), response.body());
    assertFalse(STACK_TRACE.matcher(response.body()).find(), response.body());
    assertFalse(response.body().contains("base64"), response.body());
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"login.xhtml", "index.xhtml", "no-such-page.xhtml"}) {
      var headers = Http.get(app(path)).headers();
      String csp = headers.firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
      assertFalse(
          headers.firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP");
    }
  }

  @Test
  void libertysOwnEndpointsCarryTheSecurityHeadersToo() throws Exception {
    for (String path : new String[] {"health/ready", "openapi", "openapi/ui/"}) {
      var headers = Http.get(server(path)).headers();
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
      // The OpenAPI UI sets a Content-Security-Policy of its own, which the server keeps.
      assertTrue(headers.firstValue("Content-Security-Policy").isPresent(), path);
    }
  }

  @Test
  void resourceSourcesCannotBeFetchedDirectly() throws Exception {
    var direct = Http.get(app("resources/atrium/atrium.css"));
    assertEquals(403, direct.statusCode());
    assertTrue(direct.body().contains("Access denied"), direct.body());
    var throughFaces = Http.get(app("jakarta.faces.resource/atrium/atrium.css.xhtml"));
    assertEquals(200, throughFaces.statusCode());
  }

  @Test
  void overHttpsBrowsersAreToldToStayOnHttps() throws Exception {
    URI https =
        new URI(
            "https",
            null,
            base.getHost(),
            Integer.getInteger("it.https.port"),
            "/login.xhtml",
            null,
            null);
    var response = Http.getTrustingAnyCertificate(https);
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
        response.headers().toString());
  }

  @Test
  void anAnonymousVisitorIsSentToSignInEvenForAMissingPage() throws Exception {
    var response = Http.get(app("no-such-page.xhtml"));
    assertEquals(302, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
  }

  @Test
  void aMissingPageIsTheNotFoundPageWithoutInternals() throws Exception {
    var visitor = new WebSession(base.toURI()).signedIn("banyan", "reception@banyan.test");
    for (String path : new String[] {"no-such-page.xhtml", "no/such/thing"}) {
      var response = visitor.get(path);
      assertEquals(404, response.statusCode(), path);
      assertTrue(response.body().contains("Page not found"), path + ": " + response.body());
      assertFalse(STACK_TRACE.matcher(response.body()).find(), path + ": " + response.body());
      assertFalse(response.body().contains("SRVE"), path);
    }
  }
}
