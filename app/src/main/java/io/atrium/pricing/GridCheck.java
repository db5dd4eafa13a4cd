package io.atrium.pricing;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a grid that only the service can check: a unique name, lines each with a commitment
 * length and exactly one of a coefficient or an amount, no two lines for the same thing, and
 * centres that no other grid holds. Line errors are named {@code lines:<i>:<field>}.
 */
@ApplicationScoped
class GridCheck {

  private static final BigDecimal MAX_COEFFICIENT = new BigDecimal("100");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  String name(String name, PriceGrid self) {
    String value = RuleNames.clean(name);
    boolean taken =
        em.createQuery(
                "select g from PriceGrid g where lower(g.name) = lower(:name)", PriceGrid.class)
            .setParameter("name", value)
            .getResultStream()
            .anyMatch(g -> !g.equals(self));
    if (taken) {
      throw InvalidFieldsException.of("name", "pricing.name.taken");
    }
    return value;
  }

  void lines(List<GridLineForm> lines) {
    Map<String, String> errors = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      GridLineForm line = lines.get(i);
      String at = "lines:" + i + ":";
      if (line.getCommitmentMonths() == null) {
        errors.put(at + "months", "pricing.grid.line.months");
      } else if (!Commitments.known(line.getCommitmentMonths())) {
        errors.put(at + "months", "pricing.refused.commitment");
      } else if (!seen.add(line.key())) {
        errors.put(at + "months", "pricing.grid.line.duplicate");
      }
      if ((line.getCoefficient() == null) == (line.getAmount() == null)) {
        errors.put(at + "coefficient", "pricing.grid.line.oneOf");
      } else if (line.getCoefficient() != null
          && (line.getCoefficient().signum() <= 0
              || line.getCoefficient().compareTo(MAX_COEFFICIENT) > 0
              || line.getCoefficient().stripTrailingZeros().scale() > 4)) {
        errors.put(at + "coefficient", "pricing.grid.line.coefficient");
      } else if (line.getAmount() != null
          && (line.getAmount().abs().compareTo(MAX_AMOUNT) > 0
              || line.getAmount().stripTrailingZeros().scale() > 2)) {
        errors.put(at + "amount", "pricing.amount.invalid");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  /** A centre has at most one grid: the first one held by another grid is named. */
  void centresFree(Set<Centre> chosen, PriceGrid self) {
    for (Centre centre : chosen) {
      em.createQuery(
              "select g from PriceGrid g join g.centres c where c = :centre", PriceGrid.class)
          .setParameter("centre", centre)
          .getResultStream()
          .filter(g -> !g.equals(self))
          .findFirst()
          .ifPresent(
              other -> {
                throw new CentreTakenException(centre.getLabel(), other.getName());
              });
    }
  }
}
