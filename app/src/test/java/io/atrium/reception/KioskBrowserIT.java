package io.atrium.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
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
 * The visitor kiosk in two Chromium sessions: staff create a kiosk in Reception → Settings, the
 * tablet pairs with its link and shows the full-screen kiosk (no staff shell, no link out, its
 * cookie opens no staff page), a visitor checks in by typing their code in the language they pick,
 * another by the QR code of their invitation read by the page's scanner, the screen goes back to
 * the welcome screen by itself, and once staff revoke the kiosk the tablet is "not paired". The
 * first test prepares the workspace in the server; the second is people at browsers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskBrowserIT {

  private static final String WORKSPACE = "kiosk-browser-it";
  private static final String PASSWORD = "Kiosk-page-2026!";
  private static final String MANAGER = "kiosk.manager@" + WORKSPACE + ".test";
  private static final String HOST = "hana.host@" + WORKSPACE + ".test";

  @Deployment
  static WebArchive deployment() {
    // Loaded, never run, in the server: the test class refers to it.
    return Deployments.app().addClasses(KioskScreens.class);
  }

  @ArquillianResource URL base;

  @Inject TestTenants fixtures;

  @Test
  @Order(1)
  void prepareTheWorkspace() throws SQLException {
    TestTenant tenant = fixtures.named(WORKSPACE);
    fixtures.staff(tenant, "Kiosk Manager", PASSWORD, Permission.of(Area.SETTINGS, Action.EDIT));
    try (Connection app = TestDatabase.appConnectionInServer()) {
      app.setAutoCommit(false);
      TestDatabase.bindTenant(app, tenant.id());
      try (PreparedStatement host =
          app.prepareStatement(
              "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id,"
                  + " status) SELECT ?, nextval('atrium_id_seq'), 'Hana Host', ?, 'en', ?,"
                  + " 'ACTIVE' WHERE NOT EXISTS (SELECT 1 FROM member WHERE email = ?)")) {
        host.setLong(1, tenant.id());
        host.setString(2, HOST);
        host.setLong(3, tenant.centreId());
        host.setString(4, HOST);
        host.executeUpdate();
      }
      app.commit();
    }
  }

  /** A visitor expected today at the host's centre; their new check-in code. */
  private static String expectedToday(long tenantId, String name) {
    String code = UUID.randomUUID().toString();
    int inserted =
        TestDatabase.updateFromClient(
            tenantId,
            "INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_name, invited_by_kind,"
                + " invited_by_id, invited_by_name, full_name, email, expected_date, visit_time,"
                + " check_in_token_hash) SELECT ?, nextval('atrium_id_seq'), m.home_centre_id,"
                + " m.id, m.full_name, 'STAFF', s.id, s.full_name, ?, 'visitor@example.test',"
                + " (now() AT TIME ZONE 'Europe/Paris')::date, '10:00',"
                + " encode(sha256(convert_to(?, 'UTF8')), 'hex')"
                + " FROM member m, staff_member s WHERE m.email = ? AND s.email = ?",
            tenantId,
            name,
            code,
            HOST,
            MANAGER);
    assertEquals(1, inserted);
    return code;
  }

  @Test
  @Order(2)
  @RunAsClient
  void staffPairATabletVisitorsCheckInItResetsAndOnceRevokedItIsNotPaired() throws Exception {
    var token = new Api(base.toURI()).requestToken(WORKSPACE, MANAGER, PASSWORD);
    assertEquals(200, token.statusCode(), token.body());
    long tenantId = Api.tenantId(Api.json(token).getString("access_token"));
    String run = Long.toString(System.currentTimeMillis(), 36);
    String typed = expectedToday(tenantId, "Ada Typed " + run);
    String scanned = expectedToday(tenantId, "Ben Scanned " + run);
    String kioskName = "Kiosk Hall A " + run;

    try (var screens = new KioskScreens(base)) {
      try {
        String link = screens.createKiosk(WORKSPACE, MANAGER, PASSWORD, kioskName);
        assertTrue(
            link.contains("/reception/kiosk/index.xhtml?workspace=" + WORKSPACE + "&code="), link);
        assertEquals("Waiting to be paired", screens.stateOf(kioskName));

        assertEquals("Welcome to Paris One", screens.pair(link));
        assertEquals("Visitor check-in", screens.tabletTitle());
        assertEquals("22px 12px / 22px 12px", screens.buttonLooks(), "one style of touch button");
        assertEquals(0, screens.tabletShellParts(), "no staff shell on the kiosk");
        assertEquals(0, screens.tabletLinks(), "no link out of the kiosk");
        assertEquals("/reception/kiosk/ true Strict", screens.deviceCookie());
        assertEquals("Sign in · Atrium", screens.tabletOpens("reception/dashboard.xhtml"));
        assertEquals("Sign in · Atrium", screens.tabletOpens("reception/settings.xhtml"));

        screens.switchTo("fr");
        String welcome = screens.checkIn(typed);
        assertTrue(welcome.startsWith("Bienvenue, Ada Typed " + run), "in French: " + welcome);
        assertTrue(welcome.contains("Hana Host a été prévenu"), welcome);
        assertEquals(
            "Welcome to Paris One", screens.awaitWelcomeAgain(), "back, in the kiosk's language");

        String read = screens.scan(CheckInCodes.qrPng(scanned));
        assertEquals(
            "Welcome, Ben Scanned " + run + "! Hana Host has been told you are here.", read);
        assertEquals("Welcome to Paris One", screens.done(), "Done goes back at once");
        assertEquals(
            "This code has already been used. Please ask at the reception desk.",
            screens.checkIn(typed));
        screens.done();

        assertEquals("Revoked", screens.revoke(kioskName, "Revoked"));
        assertEquals("This kiosk is not paired", screens.submitAfterRevocation(scanned));
      } catch (Exception | AssertionError failure) {
        screens.keepEvidence("KioskBrowserIT");
        throw failure;
      }
    }
  }
}
