package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Sent mail page tells staff that a mail kept without an SMTP server never left (CAPTURED), in
 * their language, and says so of no mail that did leave. The IT server always has an SMTP server,
 * so the rows are written by the fixture; the page is read over HTTP from the server.
 */
@ExtendWith(ArquillianExtension.class)
class SentMailCapturedIT {

  private static final String KEPT = "Kept without a server";
  private static final String HANDED = "Handed to the server";

  /** Status words per language: CAPTURED's, then SENT's (messages_en/fr.properties). */
  private static final Map<String, String[]> STATUS =
      Map.of(
          "en", new String[] {"Not delivered: no SMTP server configured", "Sent"},
          "fr", new String[] {"Non distribué : aucun serveur SMTP configuré", "Envoyé"});

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Test
  void aCapturedMailSaysItWasNotDeliveredInEnglishAndFrenchAndASentOneDoesNot() {
    TestTenant tenant = tenants.fresh("captured");
    TestStaff admin =
        tenants.staff(tenant, "Sam Settings", Permission.of(Area.SETTINGS, Action.READ));
    tenants.mailIn(tenant.id(), "CAPTURED", "kept@" + tenant.slug() + ".test", KEPT);
    tenants.mailIn(tenant.id(), "SENT", "handed@" + tenant.slug() + ".test", HANDED);

    for (var language : STATUS.entrySet()) {
      String captured = language.getValue()[0];
      String sent = language.getValue()[1];
      var web = new WebSession(app(), "Accept-Language", language.getKey());
      assertEquals(302, web.signIn(tenant.slug(), admin.email(), admin.password()).statusCode());
      var page = web.get("notifications/sent-mail.xhtml");
      assertEquals(200, page.statusCode(), page.body());

      String keptRow = row(page.body(), KEPT);
      assertTrue(keptRow.contains(captured), language.getKey() + ": " + keptRow);
      String handedRow = row(page.body(), HANDED);
      assertTrue(handedRow.contains(">" + sent + "<"), language.getKey() + ": " + handedRow);
      assertFalse(handedRow.contains(captured), language.getKey() + ": " + handedRow);
    }
  }

  /** The test runs in the server, which knows its own address from the IT's environment. */
  private static URI app() {
    return URI.create(System.getenv("PUBLIC_URL") + "/");
  }

  /** The table row (HTML) that shows this subject. */
  private static String row(String page, String subject) {
    return Arrays.stream(page.split("<tr"))
        .filter(r -> r.contains(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row for " + subject + " in " + page));
  }
}
