package io.atrium.platform;

import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.manifest.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creates a tenant from its manifest unless one with that slug exists, so importing twice changes
 * nothing. The manifest has been fully checked by its reader before anything is written.
 */
@ApplicationScoped
public class TenantImport {

  @Inject Tenancy tenancy;

  @Inject TenantWriter writer;

  /** True when the tenant was created, false when it already existed. */
  public boolean importIfAbsent(TenantManifest manifest) {
    return importNew(manifest, tenant -> {}).isPresent();
  }

  /**
   * Creates the tenant, then runs {@code then} in the same transaction (bound to the new tenant),
   * for work that must exist exactly when the tenant does, such as its staff's activation e-mails.
   *
   * @return the new tenant, or empty when one with that slug exists
   */
  public Optional<Tenant> importNew(TenantManifest manifest, Consumer<Tenant> then) {
    Optional<Long> id = tenancy.runAsPlatform(() -> writer.reserve(manifest.slug()));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        tenancy.runAsProvisioning(id.get(), () -> writer.create(id.get(), manifest, then)));
  }
}
