package io.atrium.shared.database;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts many rows of one table in one statement, whatever their number: each column goes to
 * PostgreSQL as one text array, cast back to its type, and {@code unnest} makes the rows. For the
 * few places that write thousands of rows a transaction (a billing run's chunk), where the
 * persistence context's flush (each row built field by field, then multi-row INSERTs parsed and
 * planned per 128 rows) cost more than storing them. The rows are checked as any insert: row
 * security (the tenant is the transaction's), foreign keys, triggers. The caller keeps a test that
 * its column lists name every column its entity maps.
 */
public final class SetInsert {

  private SetInsert() {}

  /** A column, its PostgreSQL type, and how to read its value from the object written. */
  public record Column<T>(String name, String type, Function<T, Object> value) {}

  public static <T> Column<T> column(String name, String type, Function<T, Object> value) {
    return new Column<>(name, type, value);
  }

  /**
   * Ids from {@code atrium_id_seq} in one round trip. The persistence context takes the 49 values
   * before each one it draws, so it never hands these out.
   */
  public static List<Long> ids(Connection connection, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement next =
        connection.prepareStatement("SELECT nextval('atrium_id_seq') FROM generate_series(1, ?)")) {
      next.setInt(1, count);
      try (ResultSet rows = next.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  /** Inserts the rows, with the transaction's tenant and version 1 (a first insert's). */
  public static <T> void insert(
      Connection connection, String table, List<Column<T>> columns, List<T> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder names = new StringBuilder("tenant_id, version");
    StringBuilder values = new StringBuilder("atrium_current_tenant(), 1");
    StringBuilder arrays = new StringBuilder();
    StringBuilder aliases = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      Column<T> column = columns.get(c);
      names.append(", ").append(column.name());
      values.append(", r.c").append(c).append("::").append(column.type());
      arrays.append(c == 0 ? "?" : ", ?");
      aliases.append(c == 0 ? "c0" : ", c" + c);
    }
    // Only the callers' constant names and types are written into the text; values are bound.
    String sql =
        "INSERT INTO %s (%s) SELECT %s FROM unnest(%s) AS r(%s)"
            .formatted(table, names, values, arrays, aliases);
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int c = 0; c < columns.size(); c++) {
        Function<T, Object> value = columns.get(c).value();
        String[] texts = new String[rows.size()];
        for (int r = 0; r < texts.length; r++) {
          texts[r] = text(value.apply(rows.get(r)));
        }
        insert.setArray(c + 1, connection.createArrayOf("text", texts));
      }
      insert.executeUpdate();
    }
  }

  /** A value as PostgreSQL reads it back from text: amounts exact, instants ISO-8601 in UTC. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof byte[] bytes) {
      return "\\x" + HexFormat.of().formatHex(bytes);
    }
    return value.toString();
  }
}
