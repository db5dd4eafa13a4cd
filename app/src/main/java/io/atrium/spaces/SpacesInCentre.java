package io.atrium.spaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A centre's spaces by name, for the modules that pick one to price (the pricing calculator). The
 * caller has checked that the centre is one the reader may see.
 */
@ApplicationScoped
public class SpacesInCentre {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Transactional
  public List<Space> of(long centreId) {
    return em.createQuery(
            "select s from Space s where s.centre.id = :centre order by s.name", Space.class)
        .setParameter("centre", centreId)
        .getResultList();
  }
}
