package io.atrium.reception;

import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;

/** The tenants background work visits: active ones, with the zone their days are counted in. */
@ApplicationScoped
class ActiveTenants {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** In a platform transaction ({@code runAsPlatform}). */
  @Transactional
  public List<TenantZone> active() {
    return em
        .createQuery("select t from Tenant t where t.status = :active", Tenant.class)
        .setParameter("active", Tenant.Status.ACTIVE)
        .getResultList()
        .stream()
        .map(t -> new TenantZone(t.getId(), ZoneId.of(t.getTimeZone())))
        .toList();
  }

  record TenantZone(long id, ZoneId zone) {}
}
