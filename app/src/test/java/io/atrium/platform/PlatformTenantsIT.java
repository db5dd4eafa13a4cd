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
import io.atrium.testing.WebSession;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's tenants page in Chromium, as Atrium's own administrator uses it: the registry,
 * suspending and reinstating an operator (its people locked out meanwhile), and creating operators
 * from a manifest or from the form. Each test opens its own browser and works on tenants it makes,
 * with a fresh slug, so the tests run in any order and never suspend a demo tenant.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformTenantsIT {

  private static final String PLATFORM_ADMIN = "platform@atrium.test";
  private static final String SMALL_ADMIN = "admin@small.test";
  private static final String BANYAN_STATUS = "tr.tenant-banyan .tenant-status";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            InTransaction.class,
            Api.class,
            Http.class,
            WebSession.class,
            MailCatcher.class,
            MailCatcher.Received.class);
  }

  @ArquillianResource URL base;

  /** Each browser test opens its own signed-in browser, so they run in any order. */
  @AfterEach
  void closeTheBrowser() {
    SignedInBrowser.close();
  }

  private void openTheRegistry() {
    SignedInBrowser.open("en-GB,en");
    SignedInBrowser.signIn(base, "platform", PLATFORM_ADMIN, WebSession.DEMO_PASSWORD);
    SignedInBrowser.awaitUrlEnding("/platform/tenants.xhtml");
  }

  @Test
  @RunAsClient
  void tenantPeopleCannotOpenThePlatformPages() throws Exception {
    var admin = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    var page = admin.get("platform/tenants.xhtml");
    assertEquals(302, page.statusCode());
    assertTrue(location(page).endsWith("/index.xhtml"), location(page));
  }

  @Test
  @RunAsClient
  void thePlatformAdministratorLandsOnTheRegistry() {
    openTheRegistry();
    assertEquals("Tenants · Atrium", SignedInBrowser.title());
    assertTrue(SignedInBrowser.text("tr.tenant-lumiere").contains("Ateliers Lumière SAS"));
    assertTrue(SignedInBrowser.text("tr.tenant-banyan").contains("Banyan Works Private Limited"));
    assertEquals("Active", SignedInBrowser.text(BANYAN_STATUS));
  }

  @Test
  @RunAsClient
  void aSuspendedTenantsPeopleAreLockedOutUntilItIsReinstated() throws Exception {
    String slug = freshSlug("it-suspended");
    String status = "tr.tenant-" + slug + " .tenant-status";
    openTheRegistry();
    importSmallTenant(slug);
    var api = new Api(base.toURI());
    var signedIn = new WebSession(base.toURI()).signedIn(slug, SMALL_ADMIN);
    String token = api.token(slug, SMALL_ADMIN);

    SignedInBrowser.click("tr.tenant-" + slug + " button.suspend");
    SignedInBrowser.click(".confirm-yes");
    SignedInBrowser.awaitText(status, "Suspended");

    assertEquals(401, api.requestToken(slug, SMALL_ADMIN, WebSession.DEMO_PASSWORD).statusCode());
    var form = new WebSession(base.toURI()).signIn(slug, SMALL_ADMIN, WebSession.DEMO_PASSWORD);
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

    SignedInBrowser.click("tr.tenant-" + slug + " button.reinstate");
    SignedInBrowser.awaitText(status, "Active");
    var again = new WebSession(base.toURI()).signIn(slug, SMALL_ADMIN, WebSession.DEMO_PASSWORD);
    assertEquals(302, again.statusCode(), "signs in again");
    assertEquals(200, api.get("api/me", api.token(slug, SMALL_ADMIN)).statusCode());
  }

  @Test
  @RunAsClient
  void aWrongManifestIsRefusedWithItsPlaceAndCreatesNothing() throws Exception {
    String slug = freshSlug("it-wrong");
    Path file = manifest(slug, "currency: GBP", "currency: GPB");
    openTheRegistry();
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
  @RunAsClient
  void aValidManifestCreatesATenantWhoseAdminCanSignIn() throws Exception {
    String slug = freshSlug("it-small");
    Path file = manifest(slug, "", "");
    openTheRegistry();
    MailCatcher.start();
    try {
      SignedInBrowser.type("#upload input[type='file']", file.toString());
      SignedInBrowser.click("#upload\\:import");
      // The import hashes every demo password (PBKDF2): slow on a busy machine.
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
  @RunAsClient
  void theNewTenantFormCreatesATenantAndInvitesItsSuperAdmin() throws Exception {
    String slug = freshSlug("it-form");
    String boss = "boss@" + slug + ".test";
    openTheRegistry();
    MailCatcher.start();
    try {
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
    }
  }

  private static String freshSlug(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  /**
   * Imports the small manifest under this slug through the open registry, and waits for its
   * receptionist's invitation, so that no retried mail of this tenant reaches a later test.
   */
  private static void importSmallTenant(String slug) throws Exception {
    Path file = manifest(slug, "", "");
    MailCatcher.start();
    try {
      SignedInBrowser.type("#upload input[type='file']", file.toString());
      SignedInBrowser.click("#upload\\:import");
      String done =
          SignedInBrowser.awaitVisibleText(
              ".ui-messages-info, .ui-messages-error", Duration.ofSeconds(60));
      assertTrue(done.contains("Tenant " + slug + " created."), done);
      var invited = MailCatcher.await("desk@small.test"::equals, 1, Duration.ofSeconds(30));
      assertTrue(
          invited.stream().anyMatch(m -> m.body().contains("workspace=" + slug + "&token=")),
          "the receptionist is invited");
    } finally {
      MailCatcher.stop();
    }
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
