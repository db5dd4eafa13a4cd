package io.atrium.pricing;

import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rules a centre is priced by: its reference price per m² and its active grid's lines.
 */
@ApplicationScoped
class PricingRules {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  Optional<CentrePricing> referencePriceOf(Centre centre) {
    return em.createQuery(
            "select p from CentrePricing p where p.centre = :centre", CentrePricing.class)
        .setParameter("centre", centre)
        .getResultStream()
        .findFirst();
  }

  /** The lines of the active grid assigned to the centre; none when it has no (active) grid. */
  List<GridRule> gridOf(Centre centre) {
    return em.createQuery(
            "select l from PriceGrid g join g.centres c join g.lines l"
                + " where c = :centre and g.active = true",
            PriceGridLine.class)
        .setParameter("centre", centre)
        .getResultStream()
        .map(
            line ->
                new GridRule(
                    line.getGrid().getName(),
                    line.getCatalogueItem() == null ? null : line.getCatalogueItem().getId(),
                    line.getSpaceKind(),
                    line.getCommitmentMonths(),
                    line.getCoefficient(),
                    line.getAmount()))
        .toList();
  }
}
