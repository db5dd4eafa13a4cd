package io.atrium.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The current tenant's registry entry, as its own people see it. */
@ApplicationScoped
public class Tenants {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Transactional
  public Optional<Tenant> current() {
    return tenancy.currentTenantId().map(id -> em.find(Tenant.class, id));
  }

  /**
   * The tenant a workspace name (slug) names, in a platform transaction ({@code runAsPlatform}).
   */
  @Transactional
  public Optional<Tenant> bySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
