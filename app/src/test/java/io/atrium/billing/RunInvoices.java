package io.atrium.billing;

import io.atrium.invoicing.Invoice;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** In test deployments: a run's invoices with their lines loaded, read in the tenant. */
@ApplicationScoped
public class RunInvoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject RunInvoices self;

  public List<Invoice> of(long tenantId, long runId) {
    return tenancy.runAsTenant(tenantId, () -> self.read(runId));
  }

  @Transactional
  public List<Invoice> read(long runId) {
    List<Invoice> found =
        em.createQuery("select i from Invoice i where i.billingRunId = :run", Invoice.class)
            .setParameter("run", runId)
            .getResultList();
    found.forEach(i -> i.getLines().size());
    return found;
  }
}
