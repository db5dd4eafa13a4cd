package io.atrium.shared.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.database.DatabaseSettings;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readiness asks a new connection, not the pool: the probe against the test server's real
 * PostgreSQL, and against a port where no database listens (what a load balancer sees of a server
 * whose database refuses new connections).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

  /** In this checkout's own port range, where nothing listens. */
  private static final int NO_DATABASE_PORT = 27399;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private static DatabaseSettings testDatabaseOn(int port) {
    return new DatabaseSettings(
        false,
        "localhost",
        port,
        "atrium",
        "atrium_app",
        "atrium_app",
        "atrium_owner",
        "atrium_owner",
        Path.of("."));
  }

  @Test
  void aNewConnectionToTheRunningDatabaseReadsTheNewestMigration() {
    var probe =
        DatabaseReadiness.probe(testDatabaseOn(Integer.getInteger("it.db.port").intValue()));
    assertTrue(probe.reachable());
    assertTrue(probe.clean(), "no failed migration");
    assertNotNull(probe.schemaVersion());
  }

  @Test
  void aDatabaseThatTakesNoNewConnectionIsNotReady() {
    var probe = DatabaseReadiness.probe(testDatabaseOn(NO_DATABASE_PORT));
    assertFalse(probe.reachable());
    assertNull(probe.schemaVersion());
  }

  @Test
  void aClusterMemberIsReachableOnlyWhereSomethingListens() {
    assertTrue(ClusterReadiness.reachable("localhost", Integer.getInteger("it.db.port")));
    assertFalse(ClusterReadiness.reachable("localhost", NO_DATABASE_PORT));
  }

  @Test
  void withNoClusterConfiguredTheServerIsReadyWithTheSessionCacheOff() throws Exception {
    var response = Http.get(Http.serverRoot(base.toURI()).resolve("health/ready"));
    assertEquals(200, response.statusCode(), response.body());
    String body = response.body().replace(" ", "");
    assertTrue(body.contains("\"name\":\"cluster\""), body);
    assertTrue(body.contains("\"sessionCache\":\"off\""), body);
    assertTrue(body.contains("\"reachable\":true"), body);
  }
}
