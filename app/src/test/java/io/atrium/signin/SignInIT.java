package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.WebSession;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in to the pages with workspace, e-mail and password, against the demo tenants. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  /**
   * An exception's message or a stack frame; exception type names alone (error page maps) are fine.
   */
  private static final Pattern STACK_TRACE =
      Pattern.compile("[A-Za-z]+(Exception|Error): |\\bat [a-z]+\\.[a-z]+\\.");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private WebSession visitor() throws Exception {
    return new WebSession(base.toURI());
  }

  @Test
  void staffLandOnTheDashboardWithANewSessionId() throws Exception {
    var visitor = visitor();
    visitor.get("login.xhtml");
    String before = visitor.sessionId();
    var response = visitor.signIn("lumiere", "admin@lumiere.test", WebSession.DEMO_PASSWORD);
    assertEquals(302, response.statusCode(), response.body());
    assertTrue(location(response).endsWith("/index.xhtml"), location(response));
    assertNotEquals(before, visitor.sessionId(), "the session id changes at sign-in");
    var dashboard = visitor.get("index.xhtml");
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("Ateliers Lumière"), "the tenant is named in the top bar");
  }

  @Test
  void theWorkspaceSaysWhichTenantTheEmailBelongsTo() throws Exception {
    var wrongWorkspace = visitor().signIn("banyan", "admin@lumiere.test", WebSession.DEMO_PASSWORD);
    assertEquals(200, wrongWorkspace.statusCode());
    assertTrue(wrongWorkspace.body().contains("Wrong workspace, e-mail or password"));
    var unknownWorkspace = visitor().signIn("nowhere", "admin@lumiere.test", "whatever-123456");
    assertTrue(unknownWorkspace.body().contains("Wrong workspace, e-mail or password"));
  }

  @Test
  void oneEmailInTwoWorkspacesIsTwoAccounts() throws Exception {
    var inLumiere = visitor().signedIn("lumiere", "nomad@travel.test");
    var inBanyan = visitor().signedIn("banyan", "nomad@travel.test");
    assertTrue(inLumiere.get("portal/index.xhtml").body().contains("Ateliers Lumière"));
    assertTrue(inBanyan.get("portal/index.xhtml").body().contains("Banyan Works"));
    assertFalse(inBanyan.get("portal/index.xhtml").body().contains("Lumière"));
  }

  @Test
  void membersLandInTheClientSpaceAndStayOutOfTheBackOffice() throws Exception {
    var member = visitor();
    var response = member.signIn("lumiere", "user@kaolin.test", WebSession.DEMO_PASSWORD);
    assertEquals(302, response.statusCode(), response.body());
    assertTrue(location(response).endsWith("/portal/index.xhtml"), location(response));
    assertTrue(member.get("portal/index.xhtml").body().contains("Studio Kaolin"));
    var backOffice = member.get("index.xhtml");
    assertEquals(302, backOffice.statusCode());
    assertTrue(location(backOffice).endsWith("/portal/index.xhtml"));
  }

  @Test
  void anonymousVisitorsAreSentToSignInAndBackAfterwards() throws Exception {
    var visitor = visitor();
    var page = visitor.get("index.xhtml");
    assertEquals(302, page.statusCode());
    assertTrue(location(page).contains("/login.xhtml?next="), location(page));
  }

  @Test
  void aMailedLinkOpensItsOwnDocumentAfterSignIn() throws Exception {
    // The day pass's payment link names its invoice: signing in must not drop it.
    var visitor = visitor();
    var link = visitor.get("portal/pay.xhtml?invoice=42");
    assertEquals(302, link.statusCode());
    String login = location(link);
    assertTrue(login.endsWith("/login.xhtml?next=%2Fportal%2Fpay.xhtml%3Finvoice%3D42"), login);
    String next =
        java.net.URLDecoder.decode(
            login.substring(login.indexOf("next=") + 5), java.nio.charset.StandardCharsets.UTF_8);
    String page = visitor.get(login.substring(login.indexOf("login.xhtml"))).body();
    var form = new java.util.LinkedHashMap<String, String>();
    form.put("login_SUBMIT", "1");
    form.put("login:workspace", "lumiere");
    form.put("login:email", "admin@kaolin.test");
    form.put("login:password", WebSession.DEMO_PASSWORD);
    form.put("login:next", next);
    form.put("login:signIn", "");
    form.put("jakarta.faces.ViewState", WebSession.viewState(page));
    var signedIn = visitor.post("login.xhtml", form);
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertTrue(location(signedIn).endsWith("/portal/pay.xhtml?invoice=42"), location(signedIn));
  }

  @Test
  void overHttpsTheSessionCookieIsSecure() throws Exception {
    URI https =
        new URI(
            "https",
            null,
            base.getHost(),
            Integer.getInteger("it.https.port"),
            base.getPath(),
            null,
            null);
    var visitor = WebSession.overHttps(https);
    var signedIn = visitor.signIn("lumiere", "cm@lumiere.test", WebSession.DEMO_PASSWORD);
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    var sessionCookies =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .toList();
    assertFalse(sessionCookies.isEmpty(), "the new session id is sent");
    // Browsers keep the last of cookies with one name: that one must be Secure.
    String kept = sessionCookies.get(sessionCookies.size() - 1);
    assertTrue(kept.toLowerCase().contains("; secure"), sessionCookies.toString());
    assertTrue(
        sessionCookies.stream().allMatch(c -> c.split(";")[0].equals(kept.split(";")[0])),
        "one session id: " + sessionCookies);
    var dashboard = visitor.get("index.xhtml");
    assertEquals(200, dashboard.statusCode(), "and the session works");
    assertTrue(
        dashboard.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.startsWith("JSESSIONID=")),
        "no plain cookie comes back later: " + dashboard.headers().allValues("Set-Cookie"));

    var plain = visitor().signIn("lumiere", "cm@lumiere.test", WebSession.DEMO_PASSWORD);
    assertTrue(
        plain.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .noneMatch(c -> c.toLowerCase().contains("; secure")),
        "plain HTTP in embedded mode keeps a cookie that http clients send back");
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    var visitor = visitor().signedIn("banyan", "cm@banyan.test");
    assertEquals(200, visitor.get("index.xhtml").statusCode());
    var out = visitor.post("logout", Map.of());
    assertEquals(302, out.statusCode());
    assertEquals(302, visitor.get("index.xhtml").statusCode(), "signed out");
  }

  @Test
  void theWorkspaceAddressFillsInTheWorkspace() throws Exception {
    var visitor = visitor();
    var link = visitor.get("t/banyan");
    assertEquals(302, link.statusCode());
    var form = visitor.get(URI.create(location(link)).getPath().substring(1) + "?workspace=banyan");
    assertTrue(form.body().contains("value=\"banyan\""), "workspace prefilled");
    assertFalse(STACK_TRACE.matcher(form.body()).find(), form.body());
  }

  private static String location(java.net.http.HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
