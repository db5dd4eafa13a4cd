package io.atrium.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.InTransaction;
import io.atrium.testing.SignedInBrowser;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import java.net.URL;
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
 * The Droits page in Chromium, in French, as lumiere's Super Admin uses it: ticking a cell and
 * saving gives the Receptionist the right at once (their /api/me, and the service that checks it),
 * unticking takes it away at once. The server puts the roles back as the manifest declares them,
 * before and after.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RightsMatrixBrowserIT {

  private static final String STAFF_READ =
      "input[data-role='Receptionist'][data-permission='staff:read']";
  private static final String STAFF_CREATE =
      "input[data-role='Receptionist'][data-permission='staff:create']";
  private static final String SAVED = ".ui-messages-info";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            StaffFixtures.class, InTransaction.class, Api.class, Http.class, WebSession.class);
  }

  @ArquillianResource URL base;

  @Inject StaffFixtures fixtures;

  private static final String NEW_ROLE = "Stagiaire";

  @Test
  @Order(1)
  void lumiereStartsAsItsManifestDeclaresIt() {
    fixtures.resetDemoRoles("lumiere");
    fixtures.deleteRole("lumiere", NEW_ROLE);
  }

  @Test
  @Order(2)
  @RunAsClient
  void tickingAndUntickingACellAppliesAtOnce() throws Exception {
    var api = new Api(base.toURI());
    String reception = api.token("lumiere", "reception@lumiere.test");
    String before = StaffIT.permissions(api, reception);
    assertFalse(before.contains("\"staff:"), before);
    assertEquals(403, api.post("api/staff", reception, "{}").statusCode(), "not yet allowed");

    SignedInBrowser.open("fr-FR,fr");
    SignedInBrowser.signIn(base, "lumiere", "admin@lumiere.test", WebSession.DEMO_PASSWORD);
    SignedInBrowser.get(base, "staff/rights.xhtml");
    assertEquals("Droits · Atrium", SignedInBrowser.title());
    assertFalse(SignedInBrowser.checked(STAFF_CREATE));
    SignedInBrowser.click(STAFF_READ);
    SignedInBrowser.click(STAFF_CREATE);
    SignedInBrowser.click("#rights\\:save");
    assertTrue(SignedInBrowser.awaitVisibleText(SAVED).contains("Droits enregistrés"));

    String granted = StaffIT.permissions(api, reception);
    assertTrue(granted.contains("\"staff:create\"") && granted.contains("\"staff:read\""), granted);
    var allowed = api.post("api/staff", reception, "{}");
    assertEquals(400, allowed.statusCode(), "past the rights check, stopped by the empty form");

    SignedInBrowser.get(base, "staff/rights.xhtml");
    assertTrue(SignedInBrowser.checked(STAFF_CREATE), "saved");
    SignedInBrowser.click(STAFF_CREATE);
    SignedInBrowser.click("#rights\\:save");
    assertTrue(SignedInBrowser.awaitVisibleText(SAVED).contains("Droits enregistrés"));
    String revoked = StaffIT.permissions(api, reception);
    assertFalse(revoked.contains("\"staff:create\""), revoked);
    assertTrue(revoked.contains("\"staff:read\""), revoked);
    assertEquals(403, api.post("api/staff", reception, "{}").statusCode(), "refused again");

    SignedInBrowser.get(base, "staff/rights.xhtml");
    assertFalse(SignedInBrowser.checked(STAFF_CREATE), "saved");
    SignedInBrowser.click(STAFF_READ);
    SignedInBrowser.click("#rights\\:save");
    assertTrue(SignedInBrowser.awaitVisibleText(SAVED).contains("Droits enregistrés"));
    assertEquals(before, StaffIT.permissions(api, reception), "back as it was");
  }

  @Test
  @Order(3)
  @RunAsClient
  void theSuperAdminCannotUntickTheirOwnLastRightToManageStaff() throws Exception {
    SignedInBrowser.get(base, "staff/rights.xhtml");
    SignedInBrowser.click("input[data-role='Super Admin'][data-permission='staff:edit']");
    SignedInBrowser.click("#rights\\:save");
    assertTrue(
        SignedInBrowser.awaitVisibleText(".ui-messages-error")
            .contains("vous perdriez le droit de gérer le staff"));
    SignedInBrowser.get(base, "staff/rights.xhtml");
    assertTrue(
        SignedInBrowser.checked("input[data-role='Super Admin'][data-permission='staff:edit']"),
        "nothing was saved");
  }

  @Test
  @Order(4)
  @RunAsClient
  void aNewRoleGetsItsColumnsWithNoRight() {
    SignedInBrowser.get(base, "staff/rights.xhtml");
    SignedInBrowser.click("#rights\\:newRole");
    SignedInBrowser.type("#newRole\\:name", NEW_ROLE);
    SignedInBrowser.click("#newRole\\:create");
    assertTrue(SignedInBrowser.awaitVisibleText(SAVED).contains("Rôle Stagiaire créé"));
    String cell = "input[data-role='" + NEW_ROLE + "'][data-permission='tickets:read']";
    assertTrue(SignedInBrowser.present(cell), "the matrix has the new role's columns");
    assertFalse(SignedInBrowser.checked(cell), "with no right yet");
    SignedInBrowser.close();
  }

  @Test
  @Order(99)
  void lumiereEndsAsItsManifestDeclaresIt() {
    fixtures.resetDemoRoles("lumiere");
    fixtures.deleteRole("lumiere", NEW_ROLE);
  }
}
