package io.atrium.catalogue;

import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads an item's effective-dated prices. The one place that says which price applies on a day, so
 * the catalogue's pages, the pricing service and every later priced document agree.
 */
@ApplicationScoped
public class CataloguePrices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The price in force on that day in that centre: the latest one effective on or before it. */
  public Optional<CataloguePrice> on(CatalogueItem item, Centre centre, LocalDate day) {
    return em.createQuery(
            "select p from CataloguePrice p where p.item = :item and p.centre = :centre"
                + " and p.effectiveFrom <= :day order by p.effectiveFrom desc",
            CataloguePrice.class)
        .setParameter("item", item)
        .setParameter("centre", centre)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every price of the item, newest first, in every centre: the price history. */
  public List<CataloguePrice> history(CatalogueItem item) {
    return em.createQuery(
            "select p from CataloguePrice p where p.item = :item"
                + " order by p.centre.name, p.effectiveFrom desc",
            CataloguePrice.class)
        .setParameter("item", item)
        .getResultList();
  }

  /** The price set to start on that very day, if any (one per item, centre and day). */
  public Optional<CataloguePrice> startingOn(CatalogueItem item, Centre centre, LocalDate day) {
    return em.createQuery(
            "select p from CataloguePrice p where p.item = :item and p.centre = :centre"
                + " and p.effectiveFrom = :day",
            CataloguePrice.class)
        .setParameter("item", item)
        .setParameter("centre", centre)
        .setParameter("day", day)
        .getResultStream()
        .findFirst();
  }
}
