package io.atrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.tenancy.Tenant;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real instances, as the server builds them, survive the round trip the session cache puts them
 * through: the signed-in principal every session holds, and a tenant entity as EclipseLink hands it
 * out (woven), which the platform's tenant list keeps in its view. {@link
 * SessionStateSerializableTest} checks the types; this checks what runs.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSerializationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Test
  void aSignedInPrincipalComesBackEqual() throws Exception {
    for (AtriumPrincipal principal :
        List.of(
            tenants.staffPrincipal("lumiere", "admin@lumiere.test"),
            tenants.memberPrincipal("lumiere", "user@kaolin.test"))) {
      assertEquals(principal, roundTrip(principal));
    }
  }

  @Test
  void aLoadedTenantComesBackWithItsSettings() throws Exception {
    Tenant loaded = tenants.all(tenants.idOf("banyan"), Tenant.class).get(0);
    Tenant copy = roundTrip(loaded);
    assertEquals(loaded.getId(), copy.getId());
    assertEquals(loaded.getSlug(), copy.getSlug());
    assertEquals(loaded.getCountry(), copy.getCountry());
    assertFalse(copy.getSlug().isBlank());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
