package io.atrium.pricing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prix par centre: each centre's reference price per m² and month, read with pricing:read and set
 * with pricing:edit, in the caller's centres only.
 */
@ApplicationScoped
public class CentrePrices {

  /** Far above any rent per m² in either currency, and within the column (12, 2). */
  static final BigDecimal MAX = new BigDecimal("9999999999.99");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Centres centres;

  @Inject PricingRules rules;

  @Inject AuditTrail audit;

  /** A centre and its reference price per m², or null when it has none yet. */
  public record Row(Centre centre, BigDecimal pricePerSqm) implements Serializable {

    /** For pages: Faces' EL reads getters, not record accessors. */
    public Centre getCentre() {
      return centre;
    }

    public BigDecimal getPricePerSqm() {
      return pricePerSqm;
    }
  }

  /** The caller's centres with their reference prices, by code. */
  @Transactional
  public List<Row> list() {
    caller.require(Area.PRICING, Action.READ);
    return centres.visible().stream()
        .map(
            centre ->
                new Row(
                    centre,
                    rules.referencePriceOf(centre).map(CentrePricing::getPricePerSqm).orElse(null)))
        .toList();
  }

  /**
   * Sets the centre's reference price per m² and month, in its currency.
   *
   * @throws io.atrium.shared.NotFoundException for a centre the caller cannot see
   * @throws InvalidFieldsException for a missing, negative, too large or too precise price
   */
  @Transactional
  public CentrePricing set(Long centreId, BigDecimal pricePerSqm) {
    caller.require(Area.PRICING, Action.EDIT);
    if (centreId == null) {
      throw InvalidFieldsException.of("centre", "pricing.refused.centre");
    }
    Centre centre = centres.get(centreId);
    checkAmount(pricePerSqm, "price");
    CentrePricing pricing = rules.referencePriceOf(centre).orElse(null);
    BigDecimal before = pricing == null ? null : pricing.getPricePerSqm();
    if (pricing == null) {
      pricing = new CentrePricing(centre, pricePerSqm);
      em.persist(pricing);
      em.flush();
    } else {
      pricing.setPricePerSqm(pricePerSqm);
    }
    audit.record(
        "CentrePricing",
        pricing.getId(),
        before == null ? "CREATE" : "UPDATE",
        centre.getId(),
        Changes.of().field("pricePerSqm", before, pricePerSqm));
    return pricing;
  }

  /** A money amount of the rules: present, not negative, at most 2 decimals, within the column. */
  static void checkAmount(BigDecimal amount, String field) {
    if (amount == null) {
      throw InvalidFieldsException.of(field, "pricing.amount.required");
    }
    if (amount.signum() < 0) {
      throw InvalidFieldsException.of(field, "pricing.amount.negative");
    }
    if (amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
      throw InvalidFieldsException.of(field, "pricing.amount.invalid");
    }
  }
}
