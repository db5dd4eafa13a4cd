package io.atrium.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Reads the test server's database as the application does (its role, row-level security on, one
 * tenant bound), for what a test cannot see through pages or the API: an activation token's row.
 */
public final class Database {

  private Database() {}

  /** The first column of the first row of a count query, inside one tenant. */
  public static long count(long tenantId, String sql, Object... parameters) {
    String url = "jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/atrium";
    try (Connection connection = DriverManager.getConnection(url, "atrium_app", "atrium_app")) {
      connection.setAutoCommit(false);
      try (var bind =
          connection.prepareStatement("SELECT set_config('atrium.tenant_id', ?, true)")) {
        bind.setString(1, Long.toString(tenantId));
        bind.execute();
      }
      try (var query = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          query.setObject(i + 1, parameters[i]);
        }
        try (var rows = query.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        } finally {
          connection.rollback();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
