package io.atrium.platform;

import io.atrium.shared.database.DatabaseReady;
import io.atrium.tenancy.manifest.ManifestException;
import io.atrium.tenancy.manifest.ManifestFiles;
import io.atrium.tenancy.manifest.ManifestReader;
import io.atrium.tenancy.manifest.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports tenants at start: the demo operators shipped in the WAR ({@code DEMO_TENANTS}, on by
 * default with the embedded database only) and every manifest of {@code TENANTS_DIR}, each only if
 * its slug is new. A bad manifest is reported (file, line, field) and nothing of it is written.
 */
@ApplicationScoped
public class DemoTenants {

  private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());

  @Inject TenantImport tenantImport;

  @Inject
  @ConfigProperty(name = "demo.tenants", defaultValue = "")
  Optional<String> demo;

  @Inject
  @ConfigProperty(name = "demo.tenant.slugs", defaultValue = "lumiere,banyan")
  String demoSlugs;

  @Inject
  @ConfigProperty(name = "tenants.dir", defaultValue = "")
  Optional<String> tenantsDir;

  void onReady(@Observes DatabaseReady ready) {
    boolean importDemo =
        demo.filter(d -> !d.isBlank()).map(Boolean::parseBoolean).orElse(ready.embedded());
    List<TenantManifest> manifests = new ArrayList<>();
    try {
      if (importDemo) {
        for (String slug : demoSlugs.split(",")) {
          manifests.add(bundled(slug.trim()));
        }
      }
      Optional<Path> dir = tenantsDir.filter(d -> !d.isBlank()).map(Path::of);
      if (dir.isPresent()) {
        manifests.addAll(ManifestReader.readAll(dir.get()));
      }
    } catch (ManifestException e) {
      LOG.severe("Tenant manifest refused, nothing imported: " + e.getMessage());
      return;
    }
    for (TenantManifest manifest : manifests) {
      try {
        if (tenantImport.importIfAbsent(manifest)) {
          LOG.info("Imported tenant " + manifest.slug());
        }
      } catch (RuntimeException e) {
        // One operator's failed import must not keep the others, or the application, down.
        LOG.log(Level.SEVERE, "Tenant " + manifest.slug() + " was not imported", e);
      }
    }
  }

  private static TenantManifest bundled(String slug) {
    String resource = "tenants/" + slug + "/tenant.yaml";
    var stream = DemoTenants.class.getClassLoader().getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("No bundled manifest " + resource);
    }
    try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return ManifestReader.read(
          resource,
          reader,
          ManifestFiles.onClassPath("tenants/" + slug, DemoTenants.class.getClassLoader()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
