package io.atrium.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.AuditEntry;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.csv.LineError;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import io.atrium.testing.WebSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the inventory's CSV import writes a whole good file or nothing, naming every wrong
 * line; serial numbers are unique in the file and in the tenant; another tenant's spaces and
 * centres do not exist; a role with inventory:read only is refused every write. Each test works in
 * a fresh tenant with its own spaces.
 */
@ExtendWith(ArquillianExtension.class)
class InventoryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(TestTenants.class, InTransaction.class, InventoryFixtures.class);
  }

  @Inject Tenancy tenancy;

  @Inject Inventory inventory;

  @Inject InventoryImport inventoryImport;

  @Inject InventoryExport inventoryExport;

  @Inject TestTenants fixtures;

  @Inject InventoryFixtures rooms;

  @Inject InTransaction tx;

  @Inject HttpServletRequest request;

  private TestTenant tenant;

  @BeforeEach
  void aTenantWithTwoRooms() {
    tenant = fixtures.fresh("inventory");
    space(tenant, "Salle Lumière");
    space(tenant, "Office 12");
  }

  private long space(TestTenant owner, String name) {
    return rooms.room(owner.id(), owner.centreId(), name);
  }

  private void signIn(TestTenant in, Action... actions) {
    Permission[] rights = new Permission[actions.length];
    for (int i = 0; i < actions.length; i++) {
      rights[i] = Permission.of(Area.INVENTORY, actions[i]);
    }
    AtriumPrincipal principal = fixtures.staff(in, "Keeper " + actions.length, rights).principal();
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, principal);
  }

  private <T> T as(Supplier<T> work) {
    return tenancy.runAsTenant(tenant.id(), work);
  }

  private int importCsv(String csv) {
    return as(
        () ->
            inventoryImport.importFile(
                tenant.centreId(), "assets.csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  private List<Asset> assets() {
    return fixtures.all(tenant.id(), Asset.class);
  }

  private static List<Integer> lines(InventoryImportException refused) {
    return refused.errors().stream().map(LineError::line).distinct().toList();
  }

  @Test
  void aGoodFrenchFileIsImportedWholeAndAuditedOnce() {
    signIn(tenant, Action.READ, Action.EDIT);
    int added =
        importCsv(
            "\uFEFFEspace;Type;Libellé;Numéro de série;État;Acquis le\r\n"
                + "Salle Lumière;Écran;Écran 55\";SN-A1;en service;03/02/2025\r\n"
                + "salle lumière;Chaise;Chaise 1;;en réparation;\r\n"
                + "Office 12;Téléphone;Poste fixe;SN-A2;Broken;2024-11-30\r\n");

    assertEquals(3, added);
    List<Asset> assets = assets();
    assertEquals(3, assets.size());
    Asset screen =
        assets.stream().filter(a -> "SN-A1".equals(a.getSerialNumber())).findFirst().orElseThrow();
    assertEquals("Écran 55\"", screen.getLabel());
    assertEquals(LocalDate.of(2025, 2, 3), screen.getAcquiredOn());
    assertEquals("Salle Lumière", screen.getSpace().getName());
    assertTrue(assets.stream().anyMatch(a -> a.getState() == Asset.State.IN_REPAIR));
    List<AuditEntry> imports =
        fixtures.all(tenant.id(), AuditEntry.class).stream()
            .filter(e -> e.getAction().equals("IMPORT"))
            .toList();
    assertEquals(1, imports.size());
    assertEquals("3", imports.get(0).getChanges().get("assets").getAfter());
  }

  @Test
  void aFileWithErrorsOnLines3And5WritesNothingAndNamesBoth() {
    signIn(tenant, Action.READ, Action.EDIT);
    InventoryImportException refused =
        assertThrows(
            InventoryImportException.class,
            () ->
                importCsv(
                    "space,type,label,serial number,state,acquired on\n"
                        + "Office 12,Desk,Desk 1,SN-B1,in service,\n"
                        + "Office 12,Desk,Desk 2,SN-B2,smashed,\n"
                        + "Office 12,Desk,Desk 3,SN-B3,,\n"
                        + "Office 12,Desk,,SN-B4,in service,31/02/2025\n"));

    assertEquals(List.of(3, 5), lines(refused));
    assertEquals(
        List.of(
            new LineError(3, "state", "inventory.import.state.unknown"),
            new LineError(5, "label", "inventory.required"),
            new LineError(5, "acquiredOn", "inventory.import.date.invalid")),
        refused.errors());
    assertEquals(0, assets().size(), "nothing written");
  }

  @Test
  void duplicateSerialsAreNamedByLineInTheFileAndAgainstTheInventory() {
    signIn(tenant, Action.READ, Action.EDIT);
    importCsv("space,type,label,serial number\nOffice 12,Screen,Screen 1,SN-C1\n");

    InventoryImportException refused =
        assertThrows(
            InventoryImportException.class,
            () ->
                importCsv(
                    "space,type,label,serial number\n"
                        + "Office 12,Screen,Screen 2,SN-C2\n"
                        + "Office 12,Screen,Screen 3,SN-C1\n"
                        + "Office 12,Screen,Screen 4,SN-C2\n"));

    assertEquals(
        List.of(
            new LineError(3, "serialNumber", "inventory.serial.taken"),
            new LineError(4, "serialNumber", "inventory.serial.duplicateInFile")),
        refused.errors());
    assertEquals(1, assets().size(), "only the first file's asset");
  }

  @Test
  void anotherTenantsSpaceIsAnUnknownSpaceAndItsCentreIsNotFound() {
    TestTenant other = fixtures.fresh("inventory-other");
    long hidden = space(other, "Vault");
    signIn(tenant, Action.READ, Action.EDIT);

    InventoryImportException refused =
        assertThrows(
            InventoryImportException.class,
            () -> importCsv("space,type,label\nVault,Safe,Their safe\n"));
    assertEquals(List.of(new LineError(2, "space", "inventory.space.unknown")), refused.errors());

    byte[] file = "space,type,label\nVault,Safe,Their safe\n".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        NotFoundException.class,
        () -> as(() -> inventoryImport.importFile(other.centreId(), "x.csv", file)));

    AssetDetails details = new AssetDetails();
    details.setSpaceId(hidden);
    details.setType("Safe");
    details.setLabel("Their safe");
    InvalidFieldsException invalid =
        assertThrows(InvalidFieldsException.class, () -> as(() -> inventory.create(details)));
    assertEquals("inventory.space.unknown", invalid.fieldKeys().get("spaceId"));
    assertEquals(0, assets().size());
    assertEquals(0, fixtures.all(other.id(), Asset.class).size());
  }

  @Test
  void theFormRefusesATakenSerialAndADayInTheFuture() {
    signIn(tenant, Action.READ, Action.EDIT);
    importCsv("space,type,label,serial number\nOffice 12,Screen,Screen 1,SN-D1\n");
    AssetDetails details = new AssetDetails();
    details.setSpaceId(as(() -> inventory.spaces(tenant.centreId())).get(0).getId());
    details.setType("Screen");
    details.setLabel("Screen 2");
    details.setSerialNumber(" SN-D1 ");
    details.setAcquiredOn(LocalDate.now().plusDays(3));

    InvalidFieldsException invalid =
        assertThrows(InvalidFieldsException.class, () -> as(() -> inventory.create(details)));
    assertEquals("inventory.serial.taken", invalid.fieldKeys().get("serialNumber"));
    assertEquals("inventory.acquiredOn.future", invalid.fieldKeys().get("acquiredOn"));
    assertEquals(1, assets().size());
  }

  @Test
  void readOnlyInventoryIsRefusedEveryWrite() {
    long office = space(tenant, "Office 12");
    long assetId = rooms.asset(tenant.id(), office, "Screen 1");
    // One sign-in per test: the caller's rights are read once per request.
    signIn(tenant, Action.READ);

    assertEquals(1, as(() -> inventory.count(AssetSearch.ALL)));
    AssetDetails details = as(() -> AssetDetails.of(inventory.get(assetId)));
    assertThrows(ForbiddenException.class, () -> as(() -> inventory.create(details)));
    assertThrows(ForbiddenException.class, () -> as(() -> inventory.update(assetId, details)));
    assertThrows(ForbiddenException.class, () -> as(() -> inventory.retire(assetId)));
    assertThrows(
        ForbiddenException.class, () -> importCsv("space,type,label\nOffice 12,Screen,Screen 2\n"));
    assertEquals(Asset.State.IN_SERVICE, assets().get(0).getState());
    assertEquals(1, assets().size());
  }

  @Test
  void theFrenchExportUsesSemicolonsAndReadsBackAsAnImport() {
    signIn(tenant, Action.READ, Action.EDIT);
    importCsv(
        "space,type,label,serial number,state,acquired on\nOffice 12,Screen,Écran; 55,SN-E1,in repair,2025-02-03\n");
    StringWriter out = new StringWriter();
    as(
        () -> {
          inventoryExport.write(AssetSearch.ALL, Formats.of(Locale.FRENCH, "FR"), out);
          return null;
        });

    String csv = out.toString();
    assertTrue(csv.startsWith("\uFEFFEspace;Type;Libellé;Numéro de série;État;Acquis le\r\n"), csv);
    assertTrue(csv.contains("Office 12;Screen;\"Écran; 55\";SN-E1;En réparation;03/02/2025"), csv);
    InventoryCsv.Reading reading = InventoryCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), reading.errors());
    assertEquals("Écran; 55", reading.lines().get(0).details().getLabel());
    assertEquals(Asset.State.IN_REPAIR, reading.lines().get(0).details().getState());
  }

  @Test
  void thePageOpensTheCallersCentreAndAnotherTenantsCentreIsNotFound() {
    TestTenant other = fixtures.fresh("inventory-page-other");
    TestStaff reader =
        fixtures.staff(tenant, "Page Reader", Permission.of(Area.INVENTORY, Action.READ));
    var web =
        new WebSession(URI.create(System.getenv("PUBLIC_URL") + "/"), "Accept-Language", "en");
    assertEquals(302, web.signIn(tenant.slug(), reader.email(), reader.password()).statusCode());

    var own = web.get("spaces/inventory.xhtml?centre=" + tenant.centreId());
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Office 12"), "its spaces in the filter");
    assertEquals(404, web.get("spaces/inventory.xhtml?centre=" + other.centreId()).statusCode());
  }
}
