package io.atrium.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The active items a centre offers, for the modules that pick one (a space's pricing item). The
 * caller has checked that the centre is one the reader may see.
 */
@ApplicationScoped
public class OfferedItems {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Transactional
  public List<CatalogueItem> in(long centreId) {
    return em.createQuery(
            "select i from CatalogueItem i join i.centres c where c.id = :centre"
                + " and i.active = true order by i.code",
            CatalogueItem.class)
        .setParameter("centre", centreId)
        .getResultList();
  }
}
