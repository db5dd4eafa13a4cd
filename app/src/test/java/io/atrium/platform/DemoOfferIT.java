package io.atrium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.pricing.CentrePricing;
import io.atrium.pricing.PriceGrid;
import io.atrium.pricing.PriceGridLine;
import io.atrium.pricing.StaffDiscount;
import io.atrium.spaces.Asset;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Space;
import io.atrium.tenancy.manifest.ManifestFiles;
import io.atrium.tenancy.manifest.ManifestReader;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a copy of each demo operator, imported from its bundled manifest as at start, has
 * what the manifest offers, written in the tenant's own rows: the catalogue with prices in the
 * centre's currency, floors and spaces (placed on the plans, which went through the file store, in
 * every status), assets, the reference prices, grids and discounts.
 */
@ExtendWith(ArquillianExtension.class)
class DemoOfferIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants fixtures;

  @Inject TenantImport tenantImport;

  private static String lumiere;
  private static String banyan;

  /** One copy per operator for the class: the import hashes every demo password. */
  private long copy(String demo) {
    if (demo.equals("lumiere")) {
      lumiere = lumiere == null ? importCopy("lumiere") : lumiere;
      return fixtures.idOf(lumiere);
    }
    banyan = banyan == null ? importCopy("banyan") : banyan;
    return fixtures.idOf(banyan);
  }

  /** As DemoTenants imports the bundled manifest at start, with its plans, under a new slug. */
  private String importCopy(String demo) {
    String slug = demo + "-offer-" + Long.toString(System.nanoTime(), 36);
    String resource = "tenants/" + demo + "/tenant.yaml";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("slug: " + demo, "slug: " + slug);
      ManifestFiles plans =
          ManifestFiles.onClassPath("tenants/" + demo, getClass().getClassLoader());
      assertTrue(
          tenantImport.importIfAbsent(
              ManifestReader.read(resource, new StringReader(text), plans)));
      return slug;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void lumiereHasItsCatalogueInEurosAndItsPremises() {
    long tenant = copy("lumiere");
    List<CatalogueItem> items = fixtures.all(tenant, CatalogueItem.class);
    assertEquals(14, items.size());
    CatalogueItem office = item(items, "BUREAU-PRIVE");
    assertEquals(CatalogueItem.ServiceType.PRIVATE_OFFICE, office.getServiceType());
    assertEquals("Bureau privatif", office.getNameFr());
    assertEquals(26, fixtures.rows(lumiere, "catalogue_item_centre"), "the centres offering each");
    List<CataloguePrice> prices = fixtures.all(tenant, CataloguePrice.class);
    assertTrue(prices.stream().allMatch(p -> p.getCurrency().equals("EUR")));
    assertEquals(
        3,
        prices.stream().filter(p -> p.getItem().getCode().equals("POSTE-DEDIE")).count(),
        "the Paris price change is history");

    List<Floor> floors = fixtures.all(tenant, Floor.class);
    assertEquals(3, floors.size());
    for (Floor floor : floors) {
      assertEquals("image/png", floor.getPlanType(), floor.getName());
      assertEquals(1000, floor.getPlanWidth());
      assertEquals(600, floor.getPlanHeight());
    }
    List<Space> spaces = fixtures.all(tenant, Space.class);
    assertEquals(14, spaces.size());
    assertEquals(
        Set.of(Space.Status.values()),
        spaces.stream().map(Space::getStatus).collect(Collectors.toSet()));
    Space room =
        spaces.stream().filter(s -> s.getName().equals("Salle Lumière")).findFirst().orElseThrow();
    assertTrue(room.isBookable());
    assertEquals("SALLE-HEURE", room.getCatalogueItem().getCode());
    assertTrue(room.getFloorId() != null && room.getShape().split(" ").length == 4);
    List<Asset> assets = fixtures.all(tenant, Asset.class);
    assertEquals(8, assets.size());
    assertTrue(assets.stream().anyMatch(a -> a.getState() == Asset.State.IN_REPAIR));
  }

  @Test
  void lumiereHasItsPricingRules() {
    long tenant = copy("lumiere");
    assertEquals(2, fixtures.all(tenant, CentrePricing.class).size());
    assertEquals(1, fixtures.all(tenant, PriceGrid.class).size());
    assertEquals(2, fixtures.rows(lumiere, "price_grid_centre"), "one grid for both centres");
    List<PriceGridLine> lines = fixtures.all(tenant, PriceGridLine.class);
    assertEquals(7, lines.size());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.getCommitmentMonths() == 36
                        && l.getCoefficient().compareTo(new BigDecimal("0.90")) == 0));
    List<StaffDiscount> discounts = fixtures.all(tenant, StaffDiscount.class);
    assertEquals(
        Set.of("Sales", "Community Manager"),
        discounts.stream().map(d -> d.getRole().getName()).collect(Collectors.toSet()));
  }

  @Test
  void banyanPricesInRupeesUnderSac997212() {
    long tenant = copy("banyan");
    List<CatalogueItem> items = fixtures.all(tenant, CatalogueItem.class);
    assertEquals("997212", item(items, "PRIVATE-CABIN").getSacCode());
    assertTrue(
        !item(items, "VIRTUAL-OFFICE").isSupplyAtProperty(), "IGST when the buyer is elsewhere");
    assertTrue(
        fixtures.all(tenant, CataloguePrice.class).stream()
            .allMatch(p -> p.getCurrency().equals("INR")));
    assertEquals(8, fixtures.all(tenant, Space.class).size());
    assertEquals(5, fixtures.all(tenant, Asset.class).size());
    assertEquals(2, fixtures.all(tenant, StaffDiscount.class).size());
  }

  private static CatalogueItem item(List<CatalogueItem> items, String code) {
    return items.stream().filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
  }
}
