package io.atrium.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The PostgreSQL that Atrium starts for itself in embedded mode, from the zonky binaries.
 *
 * <p>Only this class names zonky, and it is loaded only when embedded mode is on, so a production
 * build can leave the binaries out. Its data directory lives outside the build tree so demo data
 * survives restarts and {@code mvn clean}.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on the loopback port and makes sure the database and both roles exist.
   *
   * @throws DatabaseUnavailableException with a one-line explanation when it cannot start
   */
  static AutoCloseable start(DatabaseSettings settings) {
    if ("root".equals(System.getProperty("user.name"))) {
      throw new DatabaseUnavailableException(
          "The embedded PostgreSQL refuses to run as root: start Atrium as a normal user, "
              + "or use an external database (DB_EMBEDDED=false, DB_HOST=...).");
    }
    Path home = settings.dataDir();
    EmbeddedPostgres postgres;
    try {
      Files.createDirectories(home);
      long started = System.nanoTime();
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(home.resolve("pgdata"))
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(home.resolve("pg-binaries").toFile())
              .setPort(settings.port())
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("max_connections", "100")
              // Its data lives on a local disk and mostly in memory: a random read costs about what
              // a sequential one does. At the default 4.0, PostgreSQL hashed a whole table (every
              // member, every contract line) rather than look up the 1,000 rows of a billing chunk
              // by their key (19.6 ms against 2.7 ms with 41,000 members), and the scans grew with
              // the tenant.
              .setServerConfig("random_page_cost", "1.1")
              .start();
      LOG.info(
          () ->
              "Embedded PostgreSQL ready on localhost:%d (data in %s) in %d ms"
                  .formatted(
                      settings.port(),
                      home.resolve("pgdata"),
                      (System.nanoTime() - started) / 1_000_000));
    } catch (IOException | RuntimeException e) {
      throw new DatabaseUnavailableException(
          "The embedded PostgreSQL could not start on port %d with data in %s: %s"
              .formatted(settings.port(), home, e.getMessage()),
          e);
    }
    var server = new EmbeddedPostgresServer(postgres);
    try {
      server.provision(settings);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * Creates the owner and application roles and the database, once; later starts change nothing.
   */
  private void provision(DatabaseSettings settings) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(RoleProvisioning.ownerRole(settings.ownerUser(), settings.ownerPassword()));
      s.execute(RoleProvisioning.appRole(settings.appUser(), settings.appPassword()));
      try (var rs =
          s.executeQuery(
              "SELECT 1 FROM pg_database WHERE datname = "
                  + RoleProvisioning.literal(settings.name()))) {
        if (!rs.next()) {
          s.execute(
              "CREATE DATABASE %s OWNER %s ENCODING 'UTF8' TEMPLATE template0"
                  .formatted(
                      RoleProvisioning.identifier(settings.name()),
                      RoleProvisioning.identifier(settings.ownerUser())));
        }
      }
    } catch (SQLException e) {
      throw new UncheckedIOException(
          new IOException("Could not provision the embedded database", e));
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
