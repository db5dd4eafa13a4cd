package io.atrium.testing;

import io.atrium.shared.database.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The test server's database in plain JDBC, for what a test cannot see or set up through pages or
 * the API (an activation token's row, the catalogue's policies). The entry points are named by
 * where the test runs, because each works only there: {@code …FromClient} from a client test (the
 * build's JVM, through the port {@code it.db.port}), {@code …InServer} from an in-container test
 * (the server's data source and configuration). Either way the application's role is bound by
 * row-level security, so a query sees one tenant's rows only once {@link #bindTenant} has run.
 */
public final class TestDatabase {

  /** Tables (plain or partitioned) of schema public that have a {@code tenant_id} column. */
  private static final String TENANT_TABLES =
      """
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid
                    AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped)
      ORDER BY c.relname""";

  private TestDatabase() {}

  /** From a client test: a connection as the atrium_app role, in auto-commit mode. */
  public static Connection appConnectionFromClient() throws SQLException {
    String url = "jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/atrium";
    return DriverManager.getConnection(url, "atrium_app", "atrium_app");
  }

  /**
   * From a client test: the first column of the first row of a count query inside one tenant, in a
   * transaction rolled back afterwards.
   */
  public static long countFromClient(long tenantId, String sql, Object... parameters) {
    try (Connection connection = appConnectionFromClient()) {
      connection.setAutoCommit(false);
      bindTenant(connection, tenantId);
      try (PreparedStatement query = prepare(connection, sql, parameters);
          ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * From a client test: the text of the first column of the first row, as {@link #countFromClient}.
   */
  public static String textFromClient(long tenantId, String sql, Object... parameters) {
    try (Connection connection = appConnectionFromClient()) {
      connection.setAutoCommit(false);
      bindTenant(connection, tenantId);
      try (PreparedStatement query = prepare(connection, sql, parameters);
          ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * From a client test: runs one statement inside one tenant and commits it, to set up a case the
   * application reaches only through a mailed link or the passing of time; the updated row count.
   */
  public static int updateFromClient(long tenantId, String sql, Object... parameters) {
    try (Connection connection = appConnectionFromClient()) {
      connection.setAutoCommit(false);
      bindTenant(connection, tenantId);
      try (PreparedStatement update = prepare(connection, sql, parameters)) {
        int updated = update.executeUpdate();
        connection.commit();
        return updated;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** In the server: a connection of the application's pool, the atrium_app role. */
  public static Connection appConnectionInServer() throws SQLException {
    try {
      DataSource pool = InitialContext.doLookup("jdbc/atrium");
      return pool.getConnection();
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * In the server: a connection as the owner of the schema, which migrations use and the
   * application never (row-level security does not bind it).
   */
  public static Connection ownerConnectionInServer() throws SQLException {
    var settings = DatabaseSettings.from(ConfigProvider.getConfig());
    var source = new PGSimpleDataSource();
    source.setUrl(settings.jdbcUrl());
    source.setUser(settings.ownerUser());
    source.setPassword(settings.ownerPassword());
    return source.getConnection();
  }

  /**
   * The plan PostgreSQL keeps for {@code statement} (parameters $1, $2…) on a pooled connection,
   * its generic plan, as the application's role inside the tenant, sequential scans ruled out to
   * compare the indexes alone; {@code arguments} is the EXECUTE's list. Nothing is kept.
   */
  public static String genericPlan(
      Connection app, long tenantId, String statement, String parameterTypes, String arguments)
      throws SQLException {
    StringBuilder plan = new StringBuilder();
    boolean autoCommit = app.getAutoCommit();
    app.setAutoCommit(false);
    try (Statement sql = app.createStatement()) {
      bindTenant(app, tenantId);
      sql.execute(
          "SELECT set_config('enable_seqscan', 'off', true),"
              + " set_config('plan_cache_mode', 'force_generic_plan', true)");
      sql.execute("PREPARE atrium_plan(" + parameterTypes + ") AS " + statement);
      try (ResultSet rows = sql.executeQuery("EXPLAIN EXECUTE atrium_plan(" + arguments + ")")) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      } finally {
        sql.execute("DEALLOCATE atrium_plan");
      }
    } finally {
      app.rollback();
      app.setAutoCommit(autoCommit);
    }
    return plan.toString();
  }

  /** {@link #genericPlan} on a connection of the application's role opened from the test client. */
  public static String genericPlanFromClient(
      long tenantId, String statement, String parameterTypes, String arguments)
      throws SQLException {
    try (Connection app = appConnectionFromClient()) {
      return genericPlan(app, tenantId, statement, parameterTypes, arguments);
    }
  }

  /** Sets the tenant of the connection's current transaction, as the application's binding does. */
  public static void bindTenant(Connection connection, long tenantId) throws SQLException {
    try (PreparedStatement bind =
        connection.prepareStatement("SELECT set_config('atrium.tenant_id', ?, true)")) {
      bind.setString(1, Long.toString(tenantId));
      bind.execute();
    }
  }

  /**
   * The tenant tables as PostgreSQL's catalogue knows them, so that the tests looping over them
   * cover a table the day a migration adds it.
   */
  public static List<String> tenantTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(TENANT_TABLES)) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
