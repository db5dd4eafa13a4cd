package io.atrium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.tenancy.manifest.ManifestException;
import io.atrium.tenancy.manifest.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The manifest the platform tests upload is valid, and its broken copy fails where they expect. */
class SmallManifestTest {

  static final String RESOURCE = "/manifests/small/tenant.yaml";

  static String text() throws IOException {
    try (InputStream in = SmallManifestTest.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void itDeclaresOneCentreTwoRolesAndAnAdminWithThePasswordAndAnInvitedReceptionist()
      throws IOException {
    var manifest = ManifestReader.read("tenant.yaml", new StringReader(text()));
    assertEquals("small-tenant", manifest.slug());
    assertEquals(1, manifest.centres().size());
    assertEquals(2, manifest.roles().size());
    assertEquals(ManifestReader.DEMO_PASSWORD, manifest.staff().get(0).password());
    assertNull(manifest.staff().get(1).password());
  }

  @Test
  void aWrongCurrencyIsReportedAtItsLine() throws IOException {
    String broken = text().replace("currency: GBP", "currency: GPB");
    var wrong =
        assertThrows(
            ManifestException.class,
            () -> ManifestReader.read("tenant.yaml", new StringReader(broken)));
    assertTrue(wrong.getMessage().startsWith("tenant.yaml:5: currency: "), wrong.getMessage());
  }
}
