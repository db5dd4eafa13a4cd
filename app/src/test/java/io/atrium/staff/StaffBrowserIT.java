package io.atrium.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.SignedInBrowser;
import io.atrium.testing.WebSession;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff → Collaborateurs in Chromium, in French: lumiere's Super Admin adds a receptionist for Lyon
 * (who is e-mailed an activation link), finds them, and gives them every centre and a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffBrowserIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void anAdministratorAddsAStaffMemberAndChangesTheirCentres() throws Exception {
    String email = "zoe." + System.currentTimeMillis() + "@lumiere.test";
    MailCatcher.start();
    SignedInBrowser.open("fr-FR,fr");
    try {
      SignedInBrowser.signIn(base, "lumiere", "admin@lumiere.test", WebSession.DEMO_PASSWORD);
      SignedInBrowser.get(base, "staff/list.xhtml");
      assertEquals("Collaborateurs · Atrium", SignedInBrowser.title());
      assertTrue(SignedInBrowser.text(".staff-table").contains("reception@lumiere.test"));

      SignedInBrowser.click("#staff\\:add");
      SignedInBrowser.type("#add\\:fullName", "Zoé Nouvelle");
      SignedInBrowser.type("#add\\:email", email);
      SignedInBrowser.click("#add\\:roles label", "Chargé(e) d’accueil");
      SignedInBrowser.click("#add\\:centres label", "LYO1 · Lumière Confluence");
      SignedInBrowser.click("#add\\:save");
      assertTrue(
          SignedInBrowser.awaitVisibleText(".ui-messages-info").contains("Collaborateur ajouté"));
      var mails = MailCatcher.await(email::equals, 1, Duration.ofSeconds(30));
      assertEquals(1, mails.size(), "an activation e-mail");

      SignedInBrowser.awaitHidden("#addDialog, .ui-widget-overlay");
      SignedInBrowser.type("#staff\\:text", email);
      SignedInBrowser.awaitValue("#staff\\:text", email);
      SignedInBrowser.awaitText(".staff-table td.staff-email", email);
      SignedInBrowser.click(".staff-table td.staff-name a", "Zoé Nouvelle");
      SignedInBrowser.awaitText("h1.page-title", "Zoé Nouvelle");
      assertEquals("Zoé Nouvelle · Atrium", SignedInBrowser.title());
      SignedInBrowser.type("#profile\\:phone", "+33 6 12 34 56 78");
      SignedInBrowser.click("#profile\\:allCentres .ui-chkbox-box");
      SignedInBrowser.click("#profile\\:save");
      assertTrue(
          SignedInBrowser.awaitVisibleText(".ui-messages-info")
              .contains("Modifications enregistrées"));
    } finally {
      SignedInBrowser.close();
      MailCatcher.stop();
    }
    var api = new Api(base.toURI());
    String found =
        api.get("api/staff?q=" + email, api.token("lumiere", "admin@lumiere.test")).body();
    JsonObject staff =
        jakarta.json.Json.createReader(new java.io.StringReader(found))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertTrue(staff.getBoolean("allCentres"), found);
    assertEquals("+33 6 12 34 56 78", staff.getString("phone"));
    assertEquals("[\"Receptionist\"]", staff.getJsonArray("roles").toString());
  }
}
