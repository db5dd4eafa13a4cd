package io.atrium.catalogue;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service catalogue (Catalogue de services): staff read it with catalog:read, create items with
 * catalog:create and change them with catalog:edit. Items are never deleted: an item no longer sold
 * is made inactive and keeps its prices. See the package's rules.
 */
@ApplicationScoped
public class Catalogue {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject CatalogueAccess access;

  @Inject ItemRules rules;

  @Inject CatalogueQuery query;

  @Inject CataloguePrices prices;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** The items the caller sees, as searched, by code; each with its centres loaded. */
  @Transactional
  public List<CatalogueItem> list(CatalogueSearch search, int first, int max) {
    List<CatalogueItem> items =
        query
            .of("select i", search, " order by i.code", CatalogueItem.class)
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.max(max, 1))
            .getResultList();
    items.forEach(i -> i.getCentres().size());
    return items;
  }

  @Transactional
  public long count(CatalogueSearch search) {
    return query.of("select count(i)", search, "", Long.class).getSingleResult();
  }

  @Transactional
  public Optional<CatalogueItem> find(long id) {
    Optional<CatalogueItem> item = access.readable(id);
    item.ifPresent(i -> i.getCentres().size());
    return item;
  }

  /**
   * @throws NotFoundException unless the caller may read the item
   */
  @Transactional
  public CatalogueItem get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  /** Creates an item offered in the chosen centres, without prices yet. */
  @Transactional
  public CatalogueItem create(ItemDetails details) {
    caller.require(Area.CATALOG, Action.CREATE);
    Set<Centre> centres = rules.check(details, null);
    CatalogueItem item =
        new CatalogueItem(
            details.getCode(), details.getKind(), details.getServiceType(), details.getUnit());
    ItemSnapshot before = new ItemSnapshot(null);
    fill(item, details);
    item.getCentres().addAll(centres);
    em.persist(item);
    audit.record("CatalogueItem", item.getId(), "CREATE", null, before.changes(item));
    return item;
  }

  /**
   * Saves an item's form. Its offering in centres the caller cannot see stays as it was.
   *
   * @param version the version the caller read, or null not to check
   * @throws CatalogueChangedException when someone saved the item since
   */
  @Transactional
  public CatalogueItem update(long id, ItemDetails details, Long version) {
    CatalogueItem item = access.managed(id, Action.EDIT);
    if (version != null && version != item.getVersion()) {
      throw new CatalogueChangedException();
    }
    Set<Centre> centres = rules.check(details, item);
    ItemSnapshot before = new ItemSnapshot(item);
    item.setCode(details.getCode());
    item.setKind(details.getKind());
    item.setServiceType(details.getServiceType());
    item.setUnit(details.getUnit());
    fill(item, details);
    item.getCentres().removeIf(c -> caller.centres().allows(c.getId()));
    item.getCentres().addAll(centres);
    Changes changes = before.changes(item);
    if (!changes.isEmpty()) {
      audit.record("CatalogueItem", item.getId(), "UPDATE", null, changes);
    }
    return item;
  }

  /**
   * For each item, the price in force today (on each centre's clock) in each centre offering it
   * that the caller sees, by centre code; a centre without a price gives a {@link CentrePrice}
   * without one.
   */
  @Transactional
  public Map<Long, List<CentrePrice>> pricesToday(List<CatalogueItem> items) {
    caller.require(Area.CATALOG, Action.READ);
    Map<Long, List<CentrePrice>> byItem = new LinkedHashMap<>();
    for (CatalogueItem listed : items) {
      CatalogueItem item = em.find(CatalogueItem.class, listed.getId());
      List<CentrePrice> row = new ArrayList<>();
      item.getCentres().stream()
          .filter(c -> caller.centres().allows(c.getId()))
          .sorted(Comparator.comparing(Centre::getCode))
          .forEach(
              c ->
                  row.add(
                      new CentrePrice(
                          c,
                          prices
                              .on(item, c, LocalDate.now(clock.withZone(c.zone())))
                              .orElse(null))));
      byItem.put(item.getId(), row);
    }
    return byItem;
  }

  /** The item's prices in the caller's centres, by centre then newest first: its price history. */
  @Transactional
  public List<CataloguePrice> history(long id) {
    CatalogueItem item = get(id);
    return prices.history(item).stream()
        .filter(p -> caller.centres().allows(p.getCentre().getId()))
        .toList();
  }

  private static void fill(CatalogueItem item, ItemDetails details) {
    item.setNameEn(details.getNameEn().strip());
    item.setNameFr(details.getNameFr().strip());
    item.setDescriptionEn(blankToNull(details.getDescriptionEn()));
    item.setDescriptionFr(blankToNull(details.getDescriptionFr()));
    item.setVatCategory(blankToNull(details.getVatCategory()));
    item.setSacCode(blankToNull(details.getSacCode()));
    item.setTaxRate(details.getTaxRate());
    item.setSupplyAtProperty(details.isSupplyAtProperty() || item.getSacCode() == null);
    item.setRevenueAccount(blankToNull(details.getRevenueAccount()));
    item.setCreditHours(details.getCreditHours());
    item.setActive(details.isActive());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
