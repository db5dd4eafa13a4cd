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

  /**
   * The centre's active members whose name or e-mail contains the text (all when blank), by name:
   * at most {@code max}, and one more when there are more, so a picker can say so. The caller
   * checks first that the person asking may see the centre.
   */
  @Transactional
  public List<Member> active(long centreId, String text, int max) {
    return matching(
        centreId, Filters.none().and("m.status = :on", "on", Member.Status.ACTIVE), text, max);
  }

  /** The centre's members in the given states, by name: a picker's page and one more. */
  List<Member> matching(long centreId, Filters states, String text, int max) {
    Filters filters =
        states
            .and("m.homeCentre.id = :centre", "centre", centreId)
            .matching(text, "m.fullName", "m.email");
    return filters
        .bind(
            em.createQuery(
                "select m from Member m" + filters.where() + " order by m.fullName, m.id",
                Member.class))
        .setMaxResults(max + 1)
        .getResultList();
  }
}
