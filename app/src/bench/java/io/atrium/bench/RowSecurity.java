package io.atrium.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Switches row-level security off and on for every tenant table (every table with a {@code
 * tenant_id} column), as the schema owner, and checks the switch twice: in the catalogue (enabled
 * and forced, or neither) and by what the application's role sees with no tenant bound (no company
 * with security on, every tenant's with it off). The application's own tenant filter (EclipseLink's
 * discriminator) stays in force either way, so both modes return the same rows.
 */
final class RowSecurity {

  private static final String TABLES =
      """
      SELECT c.oid::regclass::text, c.relrowsecurity, c.relforcerowsecurity
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
      ORDER BY 1""";

  /** A tenant table and its security flags. */
  record Table(String name, boolean enabled, boolean forced) {
    boolean is(boolean on) {
      return enabled == on && forced == on;
    }
  }

  private final Database database;

  RowSecurity(Database database) {
    this.database = database;
  }

  List<Table> tables() throws SQLException {
    try (Connection c = database.asOwner();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(TABLES)) {
      List<Table> tables = new ArrayList<>();
      while (rs.next()) {
        tables.add(new Table(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)));
      }
      if (tables.isEmpty()) {
        throw new IllegalStateException("No table with a tenant_id column in " + database.url());
      }
      return tables;
    }
  }

  /** Switches every tenant table, in one transaction, then checks the result. */
  void set(boolean on) throws SQLException {
    List<Table> tables = tables();
    try (Connection c = database.asOwner()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // The application's transactions are short; waiting longer means something is stuck.
        s.execute("SET LOCAL lock_timeout = '30s'");
        for (Table table : tables) {
          if (on) {
            s.execute("ALTER TABLE " + table.name() + " ENABLE ROW LEVEL SECURITY");
            s.execute("ALTER TABLE " + table.name() + " FORCE ROW LEVEL SECURITY");
          } else {
            s.execute("ALTER TABLE " + table.name() + " NO FORCE ROW LEVEL SECURITY");
            s.execute("ALTER TABLE " + table.name() + " DISABLE ROW LEVEL SECURITY");
          }
        }
      }
      c.commit();
    }
    require(on);
  }

  /**
   * Throws unless every tenant table is in the state asked for, in the catalogue and as the
   * application's role sees companies; returns the companies that role sees without a tenant.
   */
  long require(boolean on) throws SQLException {
    List<String> wrong = tables().stream().filter(t -> !t.is(on)).map(Table::toString).toList();
    long visible = companiesSeenWithoutTenant();
    boolean seenRight = on ? visible == 0 : visible > 0;
    if (!wrong.isEmpty() || !seenRight) {
      throw new IllegalStateException(
          "Row-level security should be %s, but tables %s; the application's role sees %d companies with no tenant bound"
              .formatted(
                  on ? "ON" : "OFF", wrong.isEmpty() ? "are right" : "differ: " + wrong, visible));
    }
    return visible;
  }

  /** Companies the application's role can read with no tenant bound: 0 while security holds. */
  long companiesSeenWithoutTenant() throws SQLException {
    try (Connection c = database.asApp();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM company")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
