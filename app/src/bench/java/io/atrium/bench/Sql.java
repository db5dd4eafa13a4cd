package io.atrium.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The benchmarks' small SQL steps on a connection of their own. */
final class Sql {

  private Sql() {}

  /** A transaction-local setting ({@code atrium.tenant_id}, {@code atrium.platform}). */
  static void setting(Statement s, String name, String value) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT set_config('" + name + "', '" + value + "', true)")) {
      rs.next();
    }
  }

  /** The first column of the first row, as a long; 0 when there is no row. */
  static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** To two decimals, for the report. */
  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
