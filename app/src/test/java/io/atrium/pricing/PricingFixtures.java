package io.atrium.pricing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * For pricing tests, what the catalogue and spaces pages would have written: items offered in a
 * centre with their prices, spaces, a centre's reference price and a grid. Written through {@link
 * InTransaction}, as setup no user does.
 */
@ApplicationScoped
public class PricingFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  /** A main service of this type, offered in the centre, taxed at the rate; returns its id. */
  public long item(
      long tenantId,
      long centreId,
      CatalogueItem.ServiceType service,
      CatalogueItem.Unit unit,
      String rate,
      boolean supplyAtProperty) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Centre centre = em.find(Centre.class, centreId);
                  String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                  CatalogueItem item =
                      new CatalogueItem(code, CatalogueItem.Kind.MAIN, service, unit);
                  item.setNameEn("Test " + code);
                  item.setNameFr("Essai " + code);
                  item.setTaxRate(new BigDecimal(rate));
                  if ("EUR".equals(centre.getCurrency())) {
                    item.setVatCategory("S");
                  } else {
                    item.setSacCode("997212");
                  }
                  item.setSupplyAtProperty(supplyAtProperty);
                  item.getCentres().add(centre);
                  em.persist(item);
                  em.flush();
                  return item.getId();
                }));
  }

  /** The item's price in the centre from that day on. */
  public void price(long tenantId, long itemId, long centreId, LocalDate from, String price) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () ->
                    em.persist(
                        new CataloguePrice(
                            em.find(CatalogueItem.class, itemId),
                            em.find(Centre.class, centreId),
                            from,
                            new BigDecimal(price),
                            null,
                            "Pricing fixtures",
                            Instant.now()))));
  }

  public void deactivate(long tenantId, long itemId) {
    tenancy.runAsTenant(
        tenantId, () -> tx.run(() -> em.find(CatalogueItem.class, itemId).setActive(false)));
  }

  /** Stops offering the item in the centre. */
  public void withdraw(long tenantId, long itemId, long centreId) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () ->
                    em.find(CatalogueItem.class, itemId)
                        .getCentres()
                        .remove(em.find(Centre.class, centreId))));
  }

  /** A space of the centre with this area, priced by the item (or none); returns its id. */
  public long space(long tenantId, long centreId, Space.Kind kind, String area, Long itemId) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Space space =
                      new Space(
                          em.find(Centre.class, centreId),
                          kind,
                          "Space " + UUID.randomUUID().toString().substring(0, 8));
                  space.setAreaSqm(area == null ? null : new BigDecimal(area));
                  space.setCatalogueItem(
                      itemId == null ? null : em.find(CatalogueItem.class, itemId));
                  em.persist(space);
                  em.flush();
                  return space.getId();
                }));
  }

  /** Sets the centre's reference price per m² and month. */
  public void referencePrice(long tenantId, long centreId, String perSqm) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () -> {
                  Centre centre = em.find(Centre.class, centreId);
                  em.createQuery("delete from CentrePricing p where p.centre = :c")
                      .setParameter("c", centre)
                      .executeUpdate();
                  em.persist(new CentrePricing(centre, new BigDecimal(perSqm)));
                }));
  }

  /** A new active grid assigned to the centre (taking it from any other grid), with lines. */
  public long grid(long tenantId, long centreId, Line... lines) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Centre centre = em.find(Centre.class, centreId);
                  em.createQuery(
                          "select g from PriceGrid g join g.centres c where c = :c",
                          PriceGrid.class)
                      .setParameter("c", centre)
                      .getResultList()
                      .forEach(g -> g.getCentres().remove(centre));
                  em.flush();
                  PriceGrid grid =
                      new PriceGrid("Grid " + UUID.randomUUID().toString().substring(0, 8));
                  grid.getCentres().add(centre);
                  for (Line line : lines) {
                    PriceGridLine row = new PriceGridLine(grid, line.months());
                    row.setSpaceKind(line.kind());
                    row.setCatalogueItem(
                        line.itemId() == null ? null : em.find(CatalogueItem.class, line.itemId()));
                    row.setCoefficient(
                        line.coefficient() == null ? null : new BigDecimal(line.coefficient()));
                    row.setAmount(line.amount() == null ? null : new BigDecimal(line.amount()));
                    grid.getLines().add(row);
                  }
                  em.persist(grid);
                  em.flush();
                  return grid.getId();
                }));
  }

  /** A second centre of the tenant (Lyon), returning its id. */
  public long secondCentre(long tenantId) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Centre centre = new Centre("LYO1", "Lyon One", "FR", "Europe/Paris", "EUR");
                  centre.chargeVat(new BigDecimal("20.00"));
                  em.persist(centre);
                  em.flush();
                  return centre.getId();
                }));
  }

  /** Limits a staff member to one centre. */
  public void limit(long tenantId, long staffId, long centreId) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () ->
                    em.find(io.atrium.staff.StaffMember.class, staffId)
                        .workIn(java.util.Set.of(em.find(Centre.class, centreId)))));
  }

  /** A grid line for the fixtures: item or kind or neither, months, coefficient or amount. */
  public record Line(Long itemId, Space.Kind kind, int months, String coefficient, String amount) {}
}
