package io.atrium.shared.api;

import io.atrium.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The number of rows of every table of the test server's database, tenant by tenant for tenant
 * tables, read as the application's role: "nothing written" is these counts unchanged. What the
 * server's background jobs write on their own schedule (their bookkeeping in tenant_job, the
 * accounting queue's scan, the system's audit entries) is not counted: a job that first runs for a
 * tenant another test just made is not a request's write.
 */
final class RowCounts {

  private static final List<String> BY_JOBS =
      List.of("tenant_job", "accounting_sync", "audit_entry");

  private RowCounts() {}

  static Map<String, Long> all() {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection db = TestDatabase.appConnectionFromClient()) {
      db.setAutoCommit(false);
      List<String> tenantTables = TestDatabase.tenantTables(db);
      List<Long> tenants = new ArrayList<>();
      try (Statement statement = db.createStatement()) {
        statement.execute("SELECT set_config('atrium.platform', 'on', true)");
        try (var rows = statement.executeQuery("SELECT id FROM tenant ORDER BY id")) {
          while (rows.next()) {
            tenants.add(rows.getLong(1));
          }
        }
        for (String table : List.of("tenant", "platform_admin")) {
          counts.put(table, count(statement, table));
        }
      }
      db.rollback();
      for (long tenant : tenants) {
        try (Statement statement = db.createStatement()) {
          statement.execute("SELECT set_config('atrium.tenant_id', '" + tenant + "', true)");
          for (String table : tenantTables) {
            if (!BY_JOBS.contains(table)) {
              counts.put(table + "@" + tenant, count(statement, table));
            }
          }
          counts.put(
              "audit_entry (not SYSTEM)@" + tenant,
              count(statement, "audit_entry WHERE actor_kind <> 'SYSTEM'"));
        }
        db.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  private static long count(Statement statement, String table) throws SQLException {
    try (var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
