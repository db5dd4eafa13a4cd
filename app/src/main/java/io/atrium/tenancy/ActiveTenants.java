package io.atrium.tenancy;

import io.atrium.identity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;

/**
 * The tenants background work visits: the active ones, with the zone their days are counted in.
 * Suspended tenants are left alone until they are reinstated.
 */
@ApplicationScoped
public class ActiveTenants implements TenantStatus {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** In a platform transaction ({@code runAsPlatform}). */
  @Transactional
  public List<TenantZone> active() {
    return em
        .createQuery("select t from Tenant t where t.status = :active order by t.id", Tenant.class)
        .setParameter("active", Tenant.Status.ACTIVE)
        .getResultList()
        .stream()
        .map(t -> new TenantZone(t.getId(), ZoneId.of(t.getTimeZone())))
        .toList();
  }

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

  /** A tenant's id and the zone of its days. */
  public record TenantZone(long id, ZoneId zone) {}
}
