package io.atrium.testing;

import io.atrium.shared.database.DatabaseSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * In test deployments only: plain JDBC connections, as the application's role (the server's data
 * source) or as the schema owner (the embedded database's owner role, as Flyway connects).
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** A connection of the application's pool: the atrium_app role, bound by row-level security. */
  public static Connection app() throws SQLException {
    try {
      DataSource pool = InitialContext.doLookup("jdbc/atrium");
      return pool.getConnection();
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A connection as the owner of the schema, which migrations use and the application never. */
  public static Connection owner() throws SQLException {
    var settings = DatabaseSettings.from(ConfigProvider.getConfig());
    var source = new PGSimpleDataSource();
    source.setUrl(settings.jdbcUrl());
    source.setUser(settings.ownerUser());
    source.setPassword(settings.ownerPassword());
    return source.getConnection();
  }

  /** Sets the tenant of the connection's current transaction, as the application's binding does. */
  public static void bindTenant(Connection connection, long tenantId) throws SQLException {
    try (PreparedStatement bind =
        connection.prepareStatement("SELECT set_config('atrium.tenant_id', ?, true)")) {
      bind.setString(1, Long.toString(tenantId));
      bind.execute();
    }
  }
}
