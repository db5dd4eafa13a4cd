package io.atrium.platform;

import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.manifest.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

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
    Optional<Long> id = tenancy.runAsPlatform(() -> writer.reserve(manifest.slug()));
    if (id.isEmpty()) {
      return false;
    }
    tenancy.runAsProvisioning(id.get(), () -> writer.create(id.get(), manifest));
    return true;
  }
}
