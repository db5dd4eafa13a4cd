package io.atrium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.tenancy.manifest.ManifestReader;
import io.atrium.tenancy.manifest.RoleManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultRolesTest {

  @Test
  void aNewTenantStartsWithTheDemoOperatorsSixRoles() {
    List<RoleManifest> lumiere = ManifestReader.read(lumiere()).roles();
    assertEquals(6, lumiere.size());
    assertEquals(lumiere, DefaultRoles.all());
  }

  private static Path lumiere() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("tenants/lumiere/tenant.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No tenants/lumiere above " + Path.of("").toAbsolutePath());
  }
}
