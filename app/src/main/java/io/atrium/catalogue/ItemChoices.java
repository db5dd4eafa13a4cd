package io.atrium.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The tenant's catalogue items for pickers of other capabilities (a price grid's line names an
 * item): read only, no rights checked here, as the capability showing the picker checks its own.
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
}
