package io.atrium.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections to the bench app's embedded database, as its schema owner (to prepare data and switch
 * row-level security) or as the application's role (to check what the application sees). The driver
 * is the jar the servers use, loaded here by its own class loader: the harness keeps no
 * dependencies on its class path.
 */
public final class Database {

  /** A database role and its password. */
  public record Role(String user, String password) {}

  private final Path driverJar;
  private final String url;
  private final Role owner;
  private final Role app;
  private Driver driver;

  Database(Path driverJar, String url, Role owner, Role app) {
    this.driverJar = driverJar;
    this.url = url;
    this.owner = owner;
    this.app = app;
  }

  public String url() {
    return url;
  }

  public Role owner() {
    return owner;
  }

  public Role app() {
    return app;
  }

  /** A connection as the schema owner (who is not a superuser: row security binds it too). */
  public Connection asOwner() throws SQLException {
    return connect(owner);
  }

  /** A connection as the application's role, with no tenant bound. */
  public Connection asApp() throws SQLException {
    return connect(app);
  }

  private Connection connect(Role role) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", role.user());
    properties.setProperty("password", role.password());
    properties.setProperty("ApplicationName", "atrium-bench");
    Connection connection = driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("The driver does not accept " + url);
    }
    return connection;
  }

  private synchronized Driver driver() throws SQLException {
    if (driver == null) {
      try {
        // Left open: the driver's classes are needed for as long as the harness runs.
        @SuppressWarnings("resource")
        URLClassLoader loader =
            new URLClassLoader(
                new URL[] {driverJar.toUri().toURL()}, Database.class.getClassLoader());
        driver =
            (Driver)
                Class.forName("org.postgresql.Driver", true, loader)
                    .getDeclaredConstructor()
                    .newInstance();
      } catch (IOException | ReflectiveOperationException e) {
        throw new SQLException("Cannot load the PostgreSQL driver from " + driverJar, e);
      }
    }
    return driver;
  }
}
