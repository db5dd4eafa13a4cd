package io.atrium.tenancy;

import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tenant's centres, limited to those the caller works in. */
@ApplicationScoped
public class Centres {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** Every centre of the tenant, for pickers of users who may see them all. */
  @Transactional
  public List<Centre> all() {
    return em.createQuery("select c from Centre c order by c.code", Centre.class).getResultList();
  }

  @Transactional
  public List<Centre> visible() {
    Map<String, Object> parameters = new HashMap<>();
    var query =
        em.createQuery(
            "select c from Centre c where "
                + Where.inCentres("c.id", caller.centres(), parameters)
                + " order by c.code",
            Centre.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  /** A centre the caller may see, or not found. */
  @Transactional
  public Centre get(long id) {
    Centre centre = em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return centre;
  }
}
