package io.atrium.pricing;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the price-quote tests need beside {@link PricingFixtures}: community managers who may use
 * the calculator, and the quotes as stored.
 */
@ApplicationScoped
public class QuoteFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  /** Gives the tenant's Community Manager role pricing:read, as an operator would. */
  public void communityManagersPrice(long tenantId) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () ->
                    em.createQuery(
                            "select r from StaffRole r where r.name = 'Community Manager'",
                            StaffRole.class)
                        .getSingleResult()
                        .grant(Permission.of(Area.PRICING, Action.READ))));
  }

  public PriceQuote quote(long tenantId, long id) {
    return tenancy.runAsTenant(tenantId, () -> tx.call(() -> em.find(PriceQuote.class, id)));
  }

  public long quotes(long tenantId) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    em.createQuery("select count(q) from PriceQuote q", Long.class)
                        .getSingleResult()));
  }
}
