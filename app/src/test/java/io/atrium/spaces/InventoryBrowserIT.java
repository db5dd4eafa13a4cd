package io.atrium.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inventory page in Chromium: an editor (inventory:edit) imports a file with French headers and
 * sees its rows, is shown which lines of a bad file are wrong, and adds an asset through the
 * dialog; a reader (inventory:read only, as community managers are) sees the assets in French and
 * no control that writes. The first test prepares the workspace in the server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InventoryBrowserIT {

  private static final String WORKSPACE = "inventory-page-it";
  private static final String PASSWORD = "Inventory-page-2026!";
  private static final String EDITOR = "iris.editor@" + WORKSPACE + ".test";
  private static final String READER = "remi.reader@" + WORKSPACE + ".test";

  @Deployment
  static WebArchive deployment() {
    // Loaded, never run, in the server: the test class refers to it.
    return Deployments.app().addClasses(InventoryFixtures.class, InventoryScreen.class);
  }

  @ArquillianResource URL base;

  @Inject TestTenants fixtures;

  @Inject InventoryFixtures rooms;

  private InventoryScreen screen;

  @AfterEach
  void close() {
    if (screen != null) {
      screen.close();
    }
  }

  @Test
  @Order(1)
  void prepareTheWorkspace() {
    TestTenant tenant = fixtures.named(WORKSPACE);
    Permission read = Permission.of(Area.INVENTORY, Action.READ);
    Permission edit = Permission.of(Area.INVENTORY, Action.EDIT);
    fixtures.staff(tenant.id(), EDITOR, "Iris Editor", "en", PASSWORD, read, edit);
    fixtures.staff(tenant.id(), READER, "Rémi Reader", "fr", PASSWORD, read);
    rooms.room(tenant.id(), tenant.centreId(), "Salle Opéra");
    rooms.room(tenant.id(), tenant.centreId(), "Bureau 7");
  }

  @Test
  @Order(2)
  @RunAsClient
  void anEditorImportsAFrenchFileSeesItsRowsAndTheLinesOfABadOne() {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    screen = InventoryScreen.open(base, WORKSPACE, EDITOR, PASSWORD, "en-GB,en");
    assertEquals("Inventory · Atrium", screen.title());

    screen.importFile(
        "Espace;Type;Libellé;Numéro de série;État;Acquis le\n"
            + ("Salle Opéra;Écran;Écran " + run + ";SN-" + run + ";en service;03/02/2025\n")
            + ("Bureau 7;Chaise;Chaise " + run + ";;en panne;\n"));
    assertTrue(screen.messages().contains("2 assets imported."), screen.messages());
    String table = screen.table();
    assertTrue(table.contains("Écran " + run) && table.contains("SN-" + run), table);
    assertTrue(table.contains("Chaise " + run) && table.contains("Broken"), table);
    assertTrue(table.contains("3 Feb 2025"), "the day in the reader's format: " + table);

    screen.importFile(
        "space,type,label\nBureau 7,Desk,Desk "
            + run
            + "\nNowhere,Desk,Lost desk\nBureau 7,Desk,\n");
    String errors = screen.importErrors();
    assertTrue(errors.contains("Line 3 – space: Unknown space in this centre."), errors);
    assertTrue(errors.contains("Line 4 – label: Required."), errors);
    assertTrue(screen.messages().contains("Nothing was written."), screen.messages());
    assertFalse(screen.table().contains("Desk " + run), "nothing of the bad file");
    assertEquals(List.of(), screen.accessibilityViolations(), "the page with its errors");

    screen.openAddDialog();
    assertEquals(List.of(), screen.accessibilityViolations(), "with the dialog");

    screen.add("Bureau 7", "Lamp", "Lamp " + run);
    assertTrue(screen.messages().contains("Asset \"Lamp " + run + "\" saved."), screen.messages());
  }

  @Test
  @Order(3)
  @RunAsClient
  void aReaderSeesTheAssetsInFrenchAndNothingThatWrites() {
    screen = InventoryScreen.open(base, WORKSPACE, READER, PASSWORD, "fr-FR,fr");
    assertEquals("Inventaire · Atrium", screen.title());
    String table = screen.table();
    assertTrue(table.contains("Libellé") && table.contains("Numéro de série"), table);
    assertTrue(table.contains("Salle Opéra") && table.contains("En service"), table);
    assertFalse(screen.shows("[id='inventoryForm:new']"), "no Add");
    assertFalse(screen.shows("[id='importForm']"), "no import");
    assertFalse(screen.shows("[id$=':edit'],[id$=':retire']"), "no Edit nor Retire");
    assertEquals(List.of(), screen.accessibilityViolations());
  }
}
