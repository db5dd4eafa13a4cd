package io.atrium.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, through the application's own data source: Flyway has migrated, and the
 * role the application connects as could not get around row-level security if it tried.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  /** Runs a one-row query as the application's role and checks that row. */
  private static void firstRow(String sql, RowCheck check) throws Exception {
    try (Connection c = TestDatabase.appConnectionInServer();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      check.accept(rs);
    }
  }

  private interface RowCheck {
    void accept(ResultSet row) throws SQLException;
  }

  @Test
  void everyMigrationIsApplied() throws Exception {
    firstRow(
        "SELECT count(*), count(*) FILTER (WHERE NOT success), bool_or(version = '1') "
            + "FROM flyway_schema_history WHERE version IS NOT NULL",
        row -> {
          assertTrue(row.getInt(1) >= 1, "at least the first migration is recorded");
          assertEquals(0, row.getInt(2), "no failed migration");
          assertTrue(row.getBoolean(3), "V1 applied");
        });
  }

  @Test
  void theApplicationRoleIsNeitherSuperuserNorAbleToBypassRowSecurity() throws Exception {
    firstRow(
        "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb "
            + "FROM pg_roles WHERE rolname = current_user",
        row -> {
          assertEquals("atrium_app", row.getString("rolname"));
          assertFalse(row.getBoolean("rolsuper"));
          assertFalse(row.getBoolean("rolbypassrls"));
          assertFalse(row.getBoolean("rolcreaterole"));
          assertFalse(row.getBoolean("rolcreatedb"));
        });
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotChangeTheSchema() throws Exception {
    firstRow(
        "SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid) "
            + "+ (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) "
            + "+ (SELECT count(*) FROM pg_database WHERE datdba = r.oid) "
            + "FROM pg_roles r WHERE r.rolname = current_user",
        row -> assertEquals(0, row.getInt(1), "objects owned by the application role"));
    try (Connection c = TestDatabase.appConnectionInServer();
        Statement s = c.createStatement()) {
      SQLException refused =
          assertThrows(SQLException.class, () -> s.execute("CREATE TABLE intruder (id int)"));
      assertEquals("42501", refused.getSQLState(), "insufficient privilege");
    }
  }

  @Test
  void theApplicationRoleCannotRunTheMigrationsTenantLoop() throws Exception {
    // atrium_each_tenant runs a statement in every tenant: migrations only.
    firstRow(
        "SELECT has_function_privilege(current_user, 'atrium_each_tenant(text)', 'EXECUTE')",
        row -> assertFalse(row.getBoolean(1), "the application role may run it"));
  }
}
