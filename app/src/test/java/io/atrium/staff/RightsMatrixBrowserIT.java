package io.atrium.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.InTransaction;
import io.atrium.testing.SignedInBrowser;
import io.atrium.testing.WebSession;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Droits page in Chromium, in French, as lumiere's Super Admin uses it, in this class's own
 * copy of lumiere: ticking a cell and saving gives the Receptionist the right at once (their
 * /api/me, and the service that checks it), unticking takes it away at once. The tests run in any
 * order.
 */
@ExtendWith(ArquillianExtension.class)
class RightsMatrixBrowserIT {

  private static final String STAFF_READ =
      "input[data-role='Receptionist'][data-permission='staff:read']";
  private static final String STAFF_CREATE =
      "input[data-role='Receptionist'][data-permission='staff:create']";
  private static final String SAVED = ".ui-messages-info";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(InTransaction.class, Api.class, Http.class, WebSession.class);
  }

  @ArquillianResource URL base;

  /** This class's copy of lumiere, imported on first use: the tests change its roles. */
  private static String workspace;

  private String workspace() throws Exception {
    if (workspace == null) {
      workspace = ImportedTenants.copyOf(base, "lumiere");
    }
    return workspace;
  }

  /** Each test opens the Droits page in its own browser, so they run in any order. */
  private void openTheRights() throws Exception {
    SignedInBrowser.open("fr-FR,fr");
    SignedInBrowser.signIn(base, workspace(), "admin@lumiere.test", WebSession.DEMO_PASSWORD);
    SignedInBrowser.get(base, "staff/rights.xhtml");
  }

  @AfterEach
  void closeTheBrowser() {
    SignedInBrowser.close();
  }

  private static final String NEW_ROLE = "Stagiaire";

  @Test
  @RunAsClient
  void tickingAndUntickingACellAppliesAtOnce() throws Exception {
    var api = new Api(base.toURI());
    String reception = api.token(workspace(), "reception@lumiere.test");
    String before = StaffIT.permissions(api, reception);
    assertFalse(before.contains("\"staff:"), before);
    assertEquals(403, api.post("api/staff", reception, "{}").statusCode(), "not yet allowed");

    openTheRights();
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
  @RunAsClient
  void theSuperAdminCannotUntickTheirOwnLastRightToManageStaff() throws Exception {
    openTheRights();
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
  @RunAsClient
  void aNewRoleGetsItsColumnsWithNoRight() throws Exception {
    openTheRights();
    SignedInBrowser.click("#rights\\:newRole");
    SignedInBrowser.type("#newRole\\:name", NEW_ROLE);
    SignedInBrowser.click("#newRole\\:create");
    assertTrue(SignedInBrowser.awaitVisibleText(SAVED).contains("Rôle Stagiaire créé"));
    String cell = "input[data-role='" + NEW_ROLE + "'][data-permission='tickets:read']";
    assertTrue(SignedInBrowser.present(cell), "the matrix has the new role's columns");
    assertFalse(SignedInBrowser.checked(cell), "with no right yet");
  }
}
