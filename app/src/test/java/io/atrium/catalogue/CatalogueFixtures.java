package io.atrium.catalogue;

import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Set;

/**
 * In test deployments only: what the catalogue's tests need beyond {@link
 * io.atrium.testing.TestTenants}: a second centre (under GST, for Indian items), a staff member
 * limited to one centre, and the audit entries an action left.
 */
@ApplicationScoped
public class CatalogueFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  @Inject CataloguePrices prices;

  /** Opens a centre in the tenant: VAT 20 % in Paris time, or GST 18 % in Karnataka. */
  public long centre(long tenantId, String code, boolean gst) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Centre centre =
                      gst
                          ? new Centre(code, "Centre " + code, "IN", "Asia/Kolkata", "INR")
                          : new Centre(code, "Centre " + code, "FR", "Europe/Paris", "EUR");
                  if (gst) {
                    centre.chargeGst(new BigDecimal("18.00"), "29ABCDE1234F1Z5", "29");
                  } else {
                    centre.chargeVat(new BigDecimal("20.00"));
                  }
                  em.persist(centre);
                  em.flush();
                  return centre.getId();
                }));
  }

  /** Limits a staff member to one centre. */
  public void limitTo(long tenantId, long staffId, long centreId) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () ->
                    em.find(StaffMember.class, staffId)
                        .workIn(Set.of(em.find(Centre.class, centreId)))));
  }

  /** How many audit entries about catalogue items of the tenant have this action. */
  public long auditEntries(long tenantId, String action, String actorName) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    ((Number)
                            em.createNativeQuery(
                                    "SELECT count(*) FROM audit_entry WHERE entity_type ="
                                        + " 'CatalogueItem' AND action = ?1 AND actor_name = ?2")
                                .setParameter(1, action)
                                .setParameter(2, actorName)
                                .getSingleResult())
                        .longValue()));
  }

  /** The unit price in force on that day, as a plain decimal, or null without one. */
  public String priceOn(long tenantId, long itemId, long centreId, java.time.LocalDate day) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    prices
                        .on(
                            em.find(CatalogueItem.class, itemId),
                            em.find(Centre.class, centreId),
                            day)
                        .map(p -> p.getUnitPrice().toPlainString())
                        .orElse(null)));
  }

  /** An item offered in that centre alone, written as an all-centres manager would have. */
  public long itemOfferedOnlyIn(long tenantId, long centreId, String code) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  CatalogueItem item =
                      new CatalogueItem(
                          code,
                          CatalogueItem.Kind.MAIN,
                          CatalogueItem.ServiceType.HOT_DESK,
                          CatalogueItem.Unit.DAY);
                  item.setNameEn("Hot desk");
                  item.setNameFr("Poste flexible");
                  item.setVatCategory("S");
                  item.setTaxRate(new BigDecimal("20"));
                  item.getCentres().add(em.find(Centre.class, centreId));
                  em.persist(item);
                  em.flush();
                  return item.getId();
                }));
  }
}
