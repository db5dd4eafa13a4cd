package io.atrium.tenancy;

import io.atrium.identity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether a tenant may act: suspended tenants are refused until they are reinstated (and left alone
 * by background work, whose due scan reads the same status: {@code tenancy.jobs}).
 */
@ApplicationScoped
public class ActiveTenants implements TenantStatus {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Read in the caller's transaction (the tenant registry is not tenant-bound). */
  @Override
  public boolean active(long tenantId) {
    return em.createQuery("select t.status from Tenant t where t.id = :id", Tenant.Status.class)
        .setParameter("id", tenantId)
        .getResultStream()
        .findFirst()
        .map(status -> status == Tenant.Status.ACTIVE)
        .orElse(false);
  }
}
