package io.atrium.platform;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.pricing.CentrePricing;
import io.atrium.pricing.PriceGrid;
import io.atrium.pricing.PriceGridLine;
import io.atrium.pricing.StaffDiscount;
import io.atrium.shared.files.FileKind;
import io.atrium.shared.files.FileStore;
import io.atrium.shared.files.StoredFile;
import io.atrium.spaces.Asset;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Space;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.manifest.OfferManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes what a manifest's operator offers (catalogue, floors, spaces, assets, pricing rules) in
 * the tenant's creation transaction, after its centres and roles: references were all checked by
 * the reader. Prices are recorded as set by the manifest, not by a person.
 */
@ApplicationScoped
public class OfferWriter {

  static final String MANIFEST = "Tenant manifest";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject FileStore files;

  Clock clock = Clock.systemUTC();

  void write(
      long tenantId,
      OfferManifest offer,
      Map<String, Centre> centres,
      Map<String, StaffRole> roles) {
    Instant now = clock.instant();
    Map<String, CatalogueItem> items = new HashMap<>();
    for (OfferManifest.Item i : offer.catalogue()) {
      CatalogueItem item = item(i, centres);
      em.persist(item);
      items.put(i.code(), item);
      for (OfferManifest.Price p : i.prices()) {
        em.persist(
            new CataloguePrice(
                item, centres.get(p.centre()), p.from(), p.price(), null, MANIFEST, now));
      }
    }
    Map<String, Floor> floors = new HashMap<>();
    for (OfferManifest.Floor f : offer.floors()) {
      Floor floor = new Floor(centres.get(f.centre()), f.name(), f.level());
      if (f.planImage() != null) {
        plan(tenantId, floor, f);
      }
      em.persist(floor);
      floors.put(f.centre() + "/" + f.name(), floor);
    }
    // Spaces name their floor by a plain id column, which JPA does not order inserts by.
    em.flush();
    Map<String, Space> spaces = new HashMap<>();
    for (OfferManifest.Space s : offer.spaces()) {
      Space space = space(s, centres, items, floors);
      em.persist(space);
      spaces.put(s.centre() + "/" + s.name(), space);
    }
    for (OfferManifest.Asset a : offer.assets()) {
      Asset asset = new Asset(spaces.get(a.centre() + "/" + a.space()), a.type(), a.label());
      asset.setSerialNumber(a.serial());
      asset.setState(Asset.State.valueOf(a.state()));
      asset.setAcquiredOn(a.acquired());
      em.persist(asset);
    }
    pricing(offer.pricing(), centres, roles, items);
  }

  /** The plan through the shared file store, as an upload would; its size from the PNG header. */
  private void plan(long tenantId, Floor floor, OfferManifest.Floor manifest) {
    byte[] png = manifest.planImage();
    StoredFile stored =
        files.store(
            tenantId,
            "plan",
            manifest.plan().substring(manifest.plan().lastIndexOf('/') + 1),
            new ByteArrayInputStream(png),
            Set.of(FileKind.PNG));
    floor.setPlanKey(stored.key());
    floor.setPlanType(stored.kind().contentType());
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    floor.setPlanWidth(header.getInt());
    floor.setPlanHeight(header.getInt());
  }

  private static CatalogueItem item(OfferManifest.Item i, Map<String, Centre> centres) {
    CatalogueItem item =
        new CatalogueItem(
            i.code(),
            CatalogueItem.Kind.valueOf(i.kind()),
            i.serviceType() == null ? null : CatalogueItem.ServiceType.valueOf(i.serviceType()),
            CatalogueItem.Unit.valueOf(i.unit()));
    item.setNameEn(i.nameEn());
    item.setNameFr(i.nameFr());
    item.setDescriptionEn(i.descriptionEn());
    item.setDescriptionFr(i.descriptionFr());
    item.setVatCategory(i.vatCategory());
    item.setSacCode(i.sacCode());
    item.setTaxRate(i.taxRate());
    item.setSupplyAtProperty(i.supplyAtProperty());
    item.setRevenueAccount(i.revenueAccount());
    item.setActive(i.active());
    i.centres().forEach(code -> item.getCentres().add(centres.get(code)));
    return item;
  }

  private static Space space(
      OfferManifest.Space s,
      Map<String, Centre> centres,
      Map<String, CatalogueItem> items,
      Map<String, Floor> floors) {
    Space space = new Space(centres.get(s.centre()), Space.Kind.valueOf(s.kind()), s.name());
    if (s.floor() != null) {
      space.setFloorId(floors.get(s.centre() + "/" + s.floor()).getId());
    }
    space.setAreaSqm(s.areaSqm());
    space.setCapacity(s.capacity());
    space.setAmenities(s.amenities());
    space.setCatalogueItem(s.item() == null ? null : items.get(s.item()));
    space.setBookable(s.bookable());
    space.setOpeningHours(s.openingHours());
    space.setStatus(Space.Status.valueOf(s.status()));
    space.setShape(s.shape());
    return space;
  }

  private void pricing(
      OfferManifest.Pricing pricing,
      Map<String, Centre> centres,
      Map<String, StaffRole> roles,
      Map<String, CatalogueItem> items) {
    pricing
        .referencePrices()
        .forEach(r -> em.persist(new CentrePricing(centres.get(r.centre()), r.perSqm())));
    for (OfferManifest.Grid g : pricing.grids()) {
      PriceGrid grid = new PriceGrid(g.name());
      grid.setActive(g.active());
      g.centres().forEach(code -> grid.getCentres().add(centres.get(code)));
      for (OfferManifest.GridLine l : g.lines()) {
        PriceGridLine line = new PriceGridLine(grid, l.commitment());
        line.setSpaceKind(l.spaceKind() == null ? null : Space.Kind.valueOf(l.spaceKind()));
        line.setCatalogueItem(l.item() == null ? null : items.get(l.item()));
        line.setCoefficient(l.coefficient());
        line.setAmount(l.amount());
        grid.getLines().add(line);
      }
      em.persist(grid);
    }
    for (OfferManifest.Discount d : pricing.discounts()) {
      StaffDiscount discount = new StaffDiscount(d.name(), d.percent(), roles.get(d.role()));
      discount.setActive(d.active());
      d.centres().forEach(code -> discount.getCentres().add(centres.get(code)));
      em.persist(discount);
    }
  }
}
