package io.atrium.staff;

import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The people working in a building: active staff of the centre, or of every centre. For the
 * capabilities that hand work to staff (support managers, ticket assignees); the caller's own
 * rights check comes first.
 */
@ApplicationScoped
public class CentreStaff {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** By name. */
  @Transactional
  public List<StaffMember> activeIn(Centre centre) {
    return em.createQuery(
            "select distinct s from StaffMember s left join s.centres c where s.active = true"
                + " and (s.allCentres = true or c = :centre) order by s.fullName",
            StaffMember.class)
        .setParameter("centre", centre)
        .getResultList();
  }
}
