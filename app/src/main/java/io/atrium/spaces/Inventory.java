package io.atrium.spaces;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inventory (000 "Asset &amp; Inventory View"): the assets of the spaces of the caller's
 * centres. Read with inventory:read (community managers, technicians); added, changed, retired and
 * imported only with inventory:edit, whatever page or client asks. Imports are {@link
 * InventoryImport}.
 */
@ApplicationScoped
public class Inventory {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InventoryAccess access;

  @Inject AssetQueries queries;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** Assets as searched, by centre, space and label. */
  @Transactional
  public List<Asset> list(AssetSearch search, int first, int max) {
    caller.require(Area.INVENTORY, Action.READ);
    return queries
        .query(
            "select a",
            search,
            " order by a.space.centre.code, a.space.name, a.label, a.id",
            Asset.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(AssetSearch search) {
    caller.require(Area.INVENTORY, Action.READ);
    return queries.query("select count(a)", search, "", Long.class).getSingleResult();
  }

  /** The types already used in a centre, for the filter. */
  @Transactional
  public List<String> types(long centreId) {
    caller.require(Area.INVENTORY, Action.READ);
    access.centre(centreId);
    return em.createQuery(
            "select distinct a.type from Asset a where a.space.centre.id = :centre order by a.type",
            String.class)
        .setParameter("centre", centreId)
        .getResultList();
  }

  /** The spaces of a centre of the caller's, by name. */
  @Transactional
  public List<Space> spaces(long centreId) {
    caller.require(Area.INVENTORY, Action.READ);
    access.centre(centreId);
    return access.spaces(centreId);
  }

  @Transactional
  public Asset get(long id) {
    caller.require(Area.INVENTORY, Action.READ);
    return access.asset(id).orElseThrow(NotFoundException::new);
  }

  @Transactional
  public Asset create(AssetDetails details) {
    caller.require(Area.INVENTORY, Action.EDIT);
    Space space = check(details, null);
    Asset asset = new Asset(space, null, null);
    apply(asset, details, space);
    em.persist(asset);
    audit.record("Asset", asset.getId(), "CREATE", space.getCentre().getId(), changes(null, asset));
    return asset;
  }

  @Transactional
  public Asset update(long id, AssetDetails details) {
    caller.require(Area.INVENTORY, Action.EDIT);
    Asset asset = access.locked(id);
    Space space = check(details, asset.getId());
    AssetDetails before = AssetDetails.of(asset);
    apply(asset, details, space);
    audit.record(
        "Asset", asset.getId(), "UPDATE", space.getCentre().getId(), changes(before, asset));
    return asset;
  }

  /** Takes an asset out of the inventory's life; it stays listed, as retired. */
  @Transactional
  public Asset retire(long id) {
    caller.require(Area.INVENTORY, Action.EDIT);
    Asset asset = access.locked(id);
    Asset.State before = asset.getState();
    asset.setState(Asset.State.RETIRED);
    audit.record(
        "Asset",
        asset.getId(),
        "RETIRE",
        asset.getSpace().getCentre().getId(),
        Changes.of().field("state", before, asset.getState()));
    return asset;
  }

  private Space check(AssetDetails details, Long assetId) {
    Space space = access.space(details.getSpaceId()).orElse(null);
    LocalDate today = LocalDate.now(clock.withZone(zoneOf(space)));
    Map<String, String> errors = new LinkedHashMap<>();
    if (space == null) {
      errors.put("spaceId", "inventory.space.unknown");
    }
    errors.putAll(AssetRules.check(details, today));
    String serial = AssetRules.clean(details.getSerialNumber());
    if (!errors.containsKey("serialNumber") && access.serialTaken(serial, assetId)) {
      errors.put("serialNumber", "inventory.serial.taken");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return space;
  }

  static java.time.ZoneId zoneOf(Space space) {
    return space == null ? java.time.ZoneOffset.UTC : space.getCentre().zone();
  }

  static void apply(Asset asset, AssetDetails details, Space space) {
    asset.setSpace(space);
    asset.setType(AssetRules.clean(details.getType()));
    asset.setLabel(AssetRules.clean(details.getLabel()));
    asset.setSerialNumber(AssetRules.clean(details.getSerialNumber()));
    asset.setState(details.getState());
    asset.setAcquiredOn(details.getAcquiredOn());
  }

  static Changes changes(AssetDetails before, Asset after) {
    AssetDetails old = before == null ? new AssetDetails() : before;
    return Changes.of()
        .field("space", old.getSpaceId(), after.getSpace().getId())
        .field("type", old.getType(), after.getType())
        .field("label", old.getLabel(), after.getLabel())
        .field("serialNumber", old.getSerialNumber(), after.getSerialNumber())
        .field("state", before == null ? null : old.getState(), after.getState())
        .field("acquiredOn", old.getAcquiredOn(), after.getAcquiredOn());
  }
}
