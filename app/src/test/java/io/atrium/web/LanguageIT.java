package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The language signed-in people read pages in: the one they picked with the switch, else their
 * profile's, else their tenant's, else their browser's. Each case is a staff member of a tenant of
 * its own, signed in over HTTP; the language read is the page's {@code <html lang>} and its words.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageIT {

  private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([a-z]{2})\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Test
  void aFrenchUserOfAFrenchTenantReadsFrenchFromAnEnglishBrowser() {
    TestTenant tenant = tenants.fresh("lang-fr", "fr", "Europe/Paris");
    TestStaff camille = staff(tenant, "Camille Vasseur", "fr");
    var page = signedIn(tenant, camille, "en-GB,en").withoutLanguageChoice().get("index.xhtml");
    assertEquals("fr", language(page.body()), page.body());
  }

  @Test
  void theLanguagePickedWithTheSwitchBeatsProfileTenantAndBrowser() {
    TestTenant tenant = tenants.fresh("lang-pick", "fr", "Europe/Paris");
    TestStaff camille = staff(tenant, "Camille Vasseur", "fr");
    var page = signedIn(tenant, camille, "fr-FR,fr").pickLanguage("en").get("index.xhtml");
    assertEquals("en", language(page.body()), page.body());
  }

  @Test
  void theProfileLanguageBeatsTheTenantsAndTheBrowsers() {
    TestTenant french = tenants.fresh("lang-prof", "fr", "Europe/Paris");
    TestStaff english = staff(french, "Priya Raman", "en");
    var page = signedIn(french, english, "fr-FR,fr").withoutLanguageChoice().get("index.xhtml");
    assertEquals("en", language(page.body()), "an English profile in a French tenant");

    TestTenant englishTenant = tenants.fresh("lang-prof-en", "en", "Asia/Kolkata");
    TestStaff frenchProfile = staff(englishTenant, "Hélène Martin", "fr");
    page =
        signedIn(englishTenant, frenchProfile, "en-GB,en")
            .withoutLanguageChoice()
            .get("index.xhtml");
    assertEquals("fr", language(page.body()), "a French profile in an English tenant");
  }

  @Test
  void withoutATenantOrProfileTheBrowsersLanguageDecides() {
    for (String browser : new String[] {"fr", "en"}) {
      var platform = new WebSession(app(), "Accept-Language", browser).withoutLanguageChoice();
      assertEquals(
          302,
          platform
              .signIn("platform", "platform@atrium.test", WebSession.DEMO_PASSWORD)
              .statusCode());
      var page = platform.get("platform/tenants.xhtml");
      assertEquals(200, page.statusCode(), page.body());
      assertEquals(browser, language(page.body()), "the platform administrator, " + browser);
    }
  }

  private TestStaff staff(TestTenant tenant, String name, String language) {
    String email = name.toLowerCase().replaceAll("[^a-z]", ".") + "@" + tenant.slug() + ".test";
    return tenants.staff(tenant.id(), email, name, language, "Test-lang-2026-pass");
  }

  private static WebSession signedIn(TestTenant tenant, TestStaff staff, String browser) {
    var web = new WebSession(app(), "Accept-Language", browser);
    assertEquals(302, web.signIn(tenant.slug(), staff.email(), staff.password()).statusCode());
    return web;
  }

  private static String language(String page) {
    Matcher lang = HTML_LANG.matcher(page);
    return lang.find() ? lang.group(1) : "none";
  }

  /** The test runs in the server, which knows its own address from the IT's environment. */
  private static URI app() {
    return URI.create(System.getenv("PUBLIC_URL") + "/");
  }
}
