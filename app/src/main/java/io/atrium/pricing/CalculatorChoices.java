package io.atrium.pricing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/**
 * What the calculator offers in one of the caller's centres: the active catalogue items offered
 * there, its spaces, its client companies and the staff discounts the caller's roles may grant
 * there. A centre the caller does not see is not found.
 */
@ApplicationScoped
public class CalculatorChoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Centres centres;

  @Inject DiscountCeilings ceilings;

  /** The choices of one centre, read at once for the form. */
  public record Choices(
      List<CatalogueItem> items,
      List<Space> spaces,
      List<Company> companies,
      List<StaffDiscount> discounts)
      implements Serializable {

    public static final Choices NONE = new Choices(List.of(), List.of(), List.of(), List.of());
  }

  @Transactional
  public Choices in(long centreId) {
    AtriumPrincipal author = caller.require(Area.PRICING, Action.READ);
    long centre = centres.get(centreId).getId();
    return new Choices(
        em.createQuery(
                "select i from CatalogueItem i join i.centres c where c.id = :centre"
                    + " and i.active = true order by i.code",
                CatalogueItem.class)
            .setParameter("centre", centre)
            .getResultList(),
        em.createQuery(
                "select s from Space s where s.centre.id = :centre order by s.name", Space.class)
            .setParameter("centre", centre)
            .getResultList(),
        em.createQuery(
                "select c from Company c where c.homeCentre.id = :centre"
                    + " and c.status = :active order by c.name",
                Company.class)
            .setParameter("centre", centre)
            .setParameter("active", Company.Status.ACTIVE)
            .setMaxResults(500)
            .getResultList(),
        ceilings.grantable(author.personId(), centre));
  }

  /** The caller's ceiling, shown beside the discount. */
  @Transactional
  public java.math.BigDecimal ceiling() {
    return ceilings.ceilingOf(caller.require(Area.PRICING, Action.READ).personId());
  }
}
