package io.atrium.pricing;

import io.atrium.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a staff member may grant without approval: the ceiling is the highest maximum discount among
 * their roles (a person holding two roles gets the more generous one), and the named staff
 * discounts (réductions) their roles may offer in a centre. Discount approval asks it before
 * holding a document for a decision.
 */
@ApplicationScoped
public class DiscountCeilings {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The staff member's ceiling in percent; zero for someone unknown or without roles. */
  @Transactional
  public BigDecimal ceilingOf(long staffId) {
    StaffMember staff = em.find(StaffMember.class, staffId);
    if (staff == null) {
      return BigDecimal.ZERO;
    }
    return staff.discountCeiling();
  }

  /** Whether the discount is within the staff member's ceiling (no approval needed). */
  @Transactional
  public boolean within(long staffId, BigDecimal percent) {
    return percent == null || percent.compareTo(ceilingOf(staffId)) <= 0;
  }

  /**
   * The active staff discounts one of the member's roles may grant in the centre, largest first.
   */
  @Transactional
  public List<StaffDiscount> grantable(long staffId, long centreId) {
    StaffMember staff = em.find(StaffMember.class, staffId);
    if (staff == null || staff.getRoles().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct d from StaffDiscount d join d.centres c where d.role in :roles"
                + " and c.id = :centre and d.active = true order by d.percent desc, d.name",
            StaffDiscount.class)
        .setParameter("roles", List.copyOf(staff.getRoles()))
        .setParameter("centre", centreId)
        .getResultList();
  }
}
