package io.atrium.directory;

import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The people of a building: the active members whose home centre it is (members of the companies
 * based there and its on-demand users). For what is addressed to a whole centre (event
 * invitations); not a listing, so no caller's rights apply: the caller's own check comes first.
 */
@ApplicationScoped
public class CentreMembers {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Transactional
  public List<Member> active(Centre centre) {
    return em.createQuery(
            "select m from Member m where m.homeCentre = :centre and m.status = :active"
                + " order by m.id",
            Member.class)
        .setParameter("centre", centre)
        .setParameter("active", Member.Status.ACTIVE)
        .getResultList();
  }
}
