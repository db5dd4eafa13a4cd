package io.atrium.tenancy;

import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

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
    CentreScope scope = caller.centres();
    return em.createQuery(
            "select c from Centre c where (:all = true or c.id in :ids) order by c.code",
            Centre.class)
        .setParameter("all", scope.all())
        .setParameter("ids", scope.ids())
        .getResultList();
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
