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

  /**
   * Read in the caller's transaction (the tenant registry is not tenant-bound), as the whole row: a
   * page's shell then finds the same tenant ({@link Tenants#current()}) in the persistence context
   * instead of reading it again.
   */
  @Override
  public boolean active(long tenantId) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    return tenant != null && tenant.getStatus() == Tenant.Status.ACTIVE;
  }
}
