package io.atrium.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * References {@code C-<year>-<nnnn>}, per tenant: the next after the year's highest. Unique by the
 * table's constraint; gaps (a cancelled draft) are allowed, unlike invoice numbers.
 */
@ApplicationScoped
class ContractReferences {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  String next(LocalDate day) {
    String prefix = "C-" + day.getYear() + "-";
    // Taken under a transaction lock per tenant and year, so two drafts saved at once differ.
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "contract-ref-" + prefix + atriumTenant())
        .getSingleResult();
    Object last =
        em.createNativeQuery(
                "SELECT max(CAST(substring(reference FROM 8) AS integer)) FROM contract"
                    + " WHERE reference LIKE ?1")
            .setParameter(1, prefix + "%")
            .getSingleResult();
    int next = last == null ? 1 : ((Number) last).intValue() + 1;
    return prefix + String.format("%04d", next);
  }

  private String atriumTenant() {
    return String.valueOf(em.createNativeQuery("SELECT atrium_current_tenant()").getSingleResult());
  }
}
