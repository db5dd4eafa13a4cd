package io.atrium.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The tenant's catalogue items for pickers of other capabilities (a price grid's line, a space's
 * pricing item, the calculator): read only, no rights checked here, as the capability showing the
 * picker checks its own, and the centre it names is one it has checked the reader may see.
 */
@ApplicationScoped
public class ItemChoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Every item of the tenant, by code. */
  @Transactional
  public List<CatalogueItem> all() {
    return em.createQuery("select i from CatalogueItem i order by i.code", CatalogueItem.class)
        .getResultList();
  }

  /** The active items a centre offers, by code. */
  @Transactional
  public List<CatalogueItem> offeredIn(long centreId) {
    return em.createQuery(
            "select i from CatalogueItem i join i.centres c where c.id = :centre"
                + " and i.active = true order by i.code",
            CatalogueItem.class)
        .setParameter("centre", centreId)
        .getResultList();
  }
}
