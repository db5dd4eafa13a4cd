package io.atrium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.InTransaction;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.SignedInBrowser;
import io.atrium.testing.TestTenants;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's tenants page in Chromium, as Atrium's own administrator uses it: the registry,
 * suspending and reinstating an operator (its people locked out meanwhile), and creating operators
 * from a manifest or from the form. Tenants made here get a fresh slug per run. The server makes
 * sure banyan is active before and after.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformTenantsIT {

  private static final String PLATFORM_ADMIN = "platform@atrium.test";
  private static final String BANYAN_STATUS = "tr.tenant-banyan .tenant-status";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            TestTenants.class,
            InTransaction.class,
            Api.class,
            Http.class,
            WebSession.class,
            MailCatcher.class,
            MailCatcher.Received.class);
  }

  @ArquillianResource URL base;

  @Inject TestTenants fixtures;

  @Test
  @Order(1)
  void banyanStartsActive() {
    fixtures.reinstate("banyan");
  }

  @Test
  @Order(2)
  @RunAsClient
  void tenantPeopleCannotOpenThePlatformPages() throws Exception {
    var admin = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    var page = admin.get("platform/tenants.xhtml");
    assertEquals(302, page.statusCode());
    assertTrue(location(page).endsWith("/index.xhtml"), location(page));
  }

  @Test
  @Order(3)
  @RunAsClient
  void thePlatformAdministratorLandsOnTheRegistry() {
    SignedInBrowser.open("en-GB,en");
    SignedInBrowser.signIn(base, "platform", PLATFORM_ADMIN, WebSession.DEMO_PASSWORD);
    SignedInBrowser.awaitUrlEnding("/platform/tenants.xhtml");
    assertEquals("Tenants · Atrium", SignedInBrowser.title());
    assertTrue(SignedInBrowser.text("tr.tenant-lumiere").contains("Ateliers Lumière SAS"));
    assertTrue(SignedInBrowser.text("tr.tenant-banyan").contains("Banyan Works Private Limited"));
    assertEquals("Active", SignedInBrowser.text(BANYAN_STATUS));
  }

  @Test
  @Order(4)
  @RunAsClient
  void aSuspendedTenantsPeopleAreLockedOutUntilItIsReinstated() throws Exception {
    var api = new Api(base.toURI());
    var signedIn = new WebSession(base.toURI()).signedIn("banyan", "admin@banyan.test");
    String token = api.token("banyan", "admin@banyan.test");

    SignedInBrowser.click("tr.tenant-banyan button.suspend");
    SignedInBrowser.click(".confirm-yes");
    SignedInBrowser.awaitText(BANYAN_STATUS, "Suspended");

    assertEquals(
        401,
        api.requestToken("banyan", "admin@banyan.test", WebSession.DEMO_PASSWORD).statusCode());
    var form =
        new WebSession(base.toURI())
            .signIn("banyan", "admin@banyan.test", WebSession.DEMO_PASSWORD);
    assertEquals(200, form.statusCode(), "the form again, no redirect");
    assertTrue(form.body().contains("Wrong workspace, e-mail or password"));
    var lapsed = signedIn.get("index.xhtml");
    assertEquals(302, lapsed.statusCode(), "the open session ends");
    assertTrue(location(lapsed).contains("/login.xhtml"), location(lapsed));
    assertEquals(302, signedIn.get("index.xhtml").statusCode(), "and stays ended");
    assertEquals(401, api.get("api/me", token).statusCode(), "the open token is worth nothing");
    var lumiere =
        new WebSession(base.toURI())
            .signIn("lumiere", "admin@lumiere.test", WebSession.DEMO_PASSWORD);
    assertEquals(302, lumiere.statusCode(), "other tenants are untouched");

    SignedInBrowser.click("tr.tenant-banyan button.reinstate");
    SignedInBrowser.awaitText(BANYAN_STATUS, "Active");
    var again =
        new WebSession(base.toURI())
            .signIn("banyan", "admin@banyan.test", WebSession.DEMO_PASSWORD);
    assertEquals(302, again.statusCode(), "signs in again");
    assertEquals(200, api.get("api/me", api.token("banyan", "admin@banyan.test")).statusCode());
  }

  @Test
  @Order(5)
  @RunAsClient
  void aWrongManifestIsRefusedWithItsPlaceAndCreatesNothing() throws Exception {
    String slug = freshSlug("it-wrong");
    Path file = manifest(slug, "currency: GBP", "currency: GPB");
    SignedInBrowser.get(base, "platform/tenants.xhtml");
    SignedInBrowser.type("#upload input[type='file']", file.toString());
    SignedInBrowser.click("#upload\\:import");
    String error = SignedInBrowser.awaitVisibleText(".ui-messages-error");
    assertTrue(error.contains("nothing was created: tenant.yaml:5: currency: "), error);
    assertFalse(SignedInBrowser.present("tr.tenant-" + slug), "no such tenant listed");
    var signIn =
        new WebSession(base.toURI()).signIn(slug, "admin@small.test", WebSession.DEMO_PASSWORD);
    assertEquals(200, signIn.statusCode(), "no such workspace");
  }

  @Test
  @Order(6)
  @RunAsClient
  void aValidManifestCreatesATenantWhoseAdminCanSignIn() throws Exception {
    String slug = freshSlug("it-small");
    Path file = manifest(slug, "", "");
    MailCatcher.start();
    try {
      SignedInBrowser.get(base, "platform/tenants.xhtml");
      SignedInBrowser.type("#upload input[type='file']", file.toString());
      SignedInBrowser.click("#upload\\:import");
      // The import hashes every demo password (PBKDF2, 210,000 rounds): slow on a busy machine.
      String done =
          SignedInBrowser.awaitVisibleText(
              ".ui-messages-info, .ui-messages-error", Duration.ofSeconds(60));
      assertTrue(done.contains("Tenant " + slug + " created."), done);
      assertTrue(SignedInBrowser.text("tr.tenant-" + slug).contains("Small Desk Ltd"));
      var admin =
          new WebSession(base.toURI()).signIn(slug, "admin@small.test", WebSession.DEMO_PASSWORD);
      assertEquals(302, admin.statusCode(), "the manifest's admin signs in");
      var invited = MailCatcher.await("desk@small.test"::equals, 1, Duration.ofSeconds(30));
      assertEquals(1, invited.size(), "the receptionist without a password is invited");
      assertTrue(invited.get(0).body().contains("workspace=" + slug + "&token="));
    } finally {
      MailCatcher.stop();
    }
  }

  @Test
  @Order(7)
  @RunAsClient
  void theNewTenantFormCreatesATenantAndInvitesItsSuperAdmin() throws Exception {
    String slug = freshSlug("it-form");
    String boss = "boss@" + slug + ".test";
    MailCatcher.start();
    try {
      SignedInBrowser.get(base, "platform/tenants.xhtml");
      SignedInBrowser.type("#newTenant\\:slug", slug);
      SignedInBrowser.type("#newTenant\\:legalName", "Atelier Formulaire SARL");
      SignedInBrowser.type("#newTenant\\:centreCode", "NTE1");
      SignedInBrowser.type("#newTenant\\:centreName", "Formulaire Île de Nantes");
      SignedInBrowser.type("#newTenant\\:centreCity", "Nantes");
      SignedInBrowser.type("#newTenant\\:adminName", "Odile Patronne");
      SignedInBrowser.type("#newTenant\\:adminEmail", boss);
      SignedInBrowser.click("#newTenant\\:create");
      String done =
          SignedInBrowser.awaitVisibleText(
              ".ui-messages-info, .ui-messages-error", Duration.ofSeconds(60));
      assertTrue(done.contains("Tenant " + slug + " created"), done);
      assertTrue(SignedInBrowser.text("tr.tenant-" + slug).contains("Atelier Formulaire SARL"));
      var mails = MailCatcher.await(boss::equals, 1, Duration.ofSeconds(30));
      assertEquals(1, mails.size(), "the Super Admin is invited");
      assertTrue(mails.get(0).subject().startsWith("Activer le compte"), mails.get(0).subject());
      String body = mails.get(0).body();
      Matcher link =
          Pattern.compile(
                  "https?://\\S+/account/activate\\.xhtml\\?workspace=" + slug + "&token=\\S+")
              .matcher(body);
      assertTrue(link.find(), body);
      var activation = new WebSession(base.toURI()).get(link.group());
      assertEquals(200, activation.statusCode());
      assertFalse(activation.body().contains("no longer valid"), "a usable link");
    } finally {
      MailCatcher.stop();
      SignedInBrowser.close();
    }
  }

  @Test
  @Order(99)
  void banyanEndsActive() {
    fixtures.reinstate("banyan");
  }

  private static String freshSlug(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  /** The small test manifest with a fresh slug (and one text replaced), as tenant.yaml on disk. */
  private static Path manifest(String slug, String from, String to) throws IOException {
    String text;
    try (InputStream in =
        PlatformTenantsIT.class.getResourceAsStream("/manifests/small/tenant.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    text = text.replace("slug: small-tenant", "slug: " + slug);
    if (!from.isEmpty()) {
      text = text.replace(from, to);
    }
    Path dir = Files.createTempDirectory(slug.toLowerCase(Locale.ROOT));
    return Files.writeString(dir.resolve("tenant.yaml"), text, StandardCharsets.UTF_8);
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
