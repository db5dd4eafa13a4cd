package io.atrium.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The data B3 reads: 1,000,000 visitors in the demo tenant {@code lumiere}, of which 5,000 are
 * expected today at its Paris centre (PAR1), in the states a busy day has by mid-morning; the rest
 * spread over the two previous years and both centres, mostly checked out. Written as the schema
 * owner with the tenant bound, in two set-based statements; hosts are the demo members of each
 * centre. Topped up, not inserted twice: the bench visitors are told apart by their e-mail domain.
 */
final class VisitorData {

  static final int ALL = 1_000_000;
  static final int TODAY = 5_000;
  static final String CENTRE = "PAR1";
  private static final String DOMAIN = "@bench-visitor.test";

  /**
   * What the database holds afterwards.
   *
   * @param tenantId lumiere's id
   * @param centreId PAR1's id
   * @param day today in PAR1's time zone
   * @param visitors bench visitors in lumiere
   * @param todayAtCentre visitors expected today at PAR1
   * @param seconds time taken to write (0 when nothing was missing)
   */
  record Counts(
      long tenantId,
      long centreId,
      LocalDate day,
      long visitors,
      long todayAtCentre,
      double seconds) {}

  private VisitorData() {}

  static Counts seed(Database database) throws SQLException {
    long begin = System.nanoTime();
    try (Connection c = database.asOwner()) {
      c.setAutoCommit(false);
      long tenantId;
      long centreId;
      LocalDate day;
      try (Statement s = c.createStatement()) {
        setting(s, "atrium.platform", "on");
        tenantId = single(s, "SELECT id FROM tenant WHERE slug = '" + ScaleData.TENANT + "'");
        setting(s, "atrium.tenant_id", Long.toString(tenantId));
        centreId = single(s, "SELECT id FROM centre WHERE code = '" + CENTRE + "'");
        day = today(s, centreId);
        long present = single(s, "SELECT count(*) FROM visitor WHERE email LIKE '%" + DOMAIN + "'");
        if (present == 0) {
          insertToday(c, tenantId, centreId, day);
          insertHistory(c, tenantId, day);
        } else if (present != ALL) {
          throw new IllegalStateException(
              "B3's data is half there (" + present + " bench visitors): use a fresh bench run");
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE visitor, member");
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      Counts counts = counts(c, tenantId, centreId, day, seconds);
      if (counts.visitors() != ALL || counts.todayAtCentre() < TODAY) {
        throw new IllegalStateException("B3's data is not as intended: " + counts);
      }
      return counts;
    }
  }

  private static Counts counts(
      Connection c, long tenantId, long centreId, LocalDate day, double seconds)
      throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      setting(s, "atrium.tenant_id", Long.toString(tenantId));
      long visitors = single(s, "SELECT count(*) FROM visitor WHERE email LIKE '%" + DOMAIN + "'");
      long today =
          single(
              s,
              "SELECT count(*) FROM visitor WHERE centre_id = "
                  + centreId
                  + " AND expected_date = DATE '"
                  + day
                  + "'");
      c.rollback();
      return new Counts(tenantId, centreId, day, visitors, today, seconds);
    } finally {
      c.setAutoCommit(true);
    }
  }

  /**
   * Today's 5,000 at PAR1, visit times spread from 08:00 over ten hours, in a mid-morning mix: most
   * expected, some arrived, approved, in, out, declined.
   */
  private static void insertToday(Connection c, long tenantId, long centreId, LocalDate day)
      throws SQLException {
    String sql =
        """
        WITH hosts AS (
          SELECT array_agg(id ORDER BY id) AS ids, array_agg(company_id ORDER BY id) AS companies,
                 array_agg(full_name ORDER BY id) AS names
          FROM member WHERE home_centre_id = ? AND status = 'ACTIVE'),
        rows AS (
          SELECT g, 1 + g % cardinality(hosts.ids) AS h,
                 CASE WHEN g % 10 < 5 THEN 'EXPECTED' WHEN g % 10 = 5 THEN 'ARRIVED'
                      WHEN g % 10 = 6 THEN 'APPROVED' WHEN g % 10 = 7 THEN 'CHECKED_IN'
                      WHEN g % 10 = 8 THEN 'CHECKED_OUT' ELSE 'DECLINED' END AS state
          FROM hosts, generate_series(1, ?) g)
        INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_company_id, host_name,
                             invited_by_kind, invited_by_id, invited_by_name, full_name, email,
                             phone, company_name, purpose, expected_date, visit_time, state,
                             arrived_at, decided_at, checked_in_at, checked_out_at)
        SELECT ?, nextval('atrium_id_seq'), ?, hosts.ids[h], hosts.companies[h], hosts.names[h],
               'MEMBER', hosts.ids[h], hosts.names[h],
               'Visitor ' || lpad(g::text, 7, '0'), 'visitor' || g || ?,
               '+33 6 00 00 ' || lpad((g % 10000)::text, 4, '0'), 'Guest Company ' || (g % 500),
               'Meeting', ?, time '08:00' + (g % 600) * interval '1 minute', state,
               CASE WHEN state <> 'EXPECTED' THEN now() END,
               CASE WHEN state IN ('APPROVED', 'CHECKED_IN', 'CHECKED_OUT', 'DECLINED') THEN now() END,
               CASE WHEN state IN ('CHECKED_IN', 'CHECKED_OUT') THEN now() END,
               CASE WHEN state = 'CHECKED_OUT' THEN now() END
        FROM rows, hosts""";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setLong(1, centreId);
      insert.setInt(2, TODAY);
      insert.setLong(3, tenantId);
      insert.setLong(4, centreId);
      insert.setString(5, DOMAIN);
      insert.setObject(6, day);
      insert.executeUpdate();
    }
  }

  /** The other 995,000 over the 730 days before today, both centres, hosts of each centre. */
  private static void insertHistory(Connection c, long tenantId, LocalDate day)
      throws SQLException {
    String sql =
        """
        WITH centres AS (SELECT array_agg(id ORDER BY code) AS ids FROM centre),
        hosts AS (
          SELECT home_centre_id AS centre_id, array_agg(id ORDER BY id) AS ids,
                 array_agg(company_id ORDER BY id) AS companies,
                 array_agg(full_name ORDER BY id) AS names
          FROM member WHERE status = 'ACTIVE' GROUP BY home_centre_id),
        rows AS (
          SELECT g, centres.ids[1 + g % cardinality(centres.ids)] AS centre_id,
                 CASE WHEN g % 20 = 0 THEN 'NO_SHOW' WHEN g % 20 = 1 THEN 'DECLINED'
                      ELSE 'CHECKED_OUT' END AS state,
                 ?::date - (1 + g % 730) AS day
          FROM centres, generate_series(1, ?) g)
        INSERT INTO visitor (tenant_id, id, centre_id, host_id, host_company_id, host_name,
                             invited_by_kind, invited_by_id, invited_by_name, full_name, email,
                             phone, company_name, purpose, expected_date, visit_time, state,
                             arrived_at, decided_at, checked_in_at, checked_out_at, no_show_at)
        SELECT ?, nextval('atrium_id_seq'), rows.centre_id,
               hosts.ids[1 + g % cardinality(hosts.ids)],
               hosts.companies[1 + g % cardinality(hosts.ids)],
               hosts.names[1 + g % cardinality(hosts.ids)], 'MEMBER',
               hosts.ids[1 + g % cardinality(hosts.ids)],
               hosts.names[1 + g % cardinality(hosts.ids)],
               'Past Visitor ' || lpad(g::text, 7, '0'), 'past' || g || ?,
               '+33 6 11 00 ' || lpad((g % 10000)::text, 4, '0'), 'Guest Company ' || (g % 500),
               'Meeting', rows.day, time '08:00' + (g % 600) * interval '1 minute', state,
               CASE WHEN state <> 'NO_SHOW' THEN rows.day + time '09:00' END,
               CASE WHEN state <> 'NO_SHOW' THEN rows.day + time '09:05' END,
               CASE WHEN state = 'CHECKED_OUT' THEN rows.day + time '09:06' END,
               CASE WHEN state = 'CHECKED_OUT' THEN rows.day + time '11:00' END,
               CASE WHEN state = 'NO_SHOW' THEN rows.day + interval '1 day' END
        FROM rows JOIN hosts ON hosts.centre_id = rows.centre_id""";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setObject(1, day);
      insert.setInt(2, ALL - TODAY);
      insert.setLong(3, tenantId);
      insert.setString(4, DOMAIN);
      insert.executeUpdate();
    }
  }

  private static LocalDate today(Statement s, long centreId) throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT (now() AT TIME ZONE time_zone)::date FROM centre WHERE id = " + centreId)) {
      rs.next();
      return rs.getObject(1, LocalDate.class);
    }
  }

  private static void setting(Statement s, String name, String value) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT set_config('" + name + "', '" + value + "', true)")) {
      rs.next();
    }
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("No row for " + sql);
      }
      return rs.getLong(1);
    }
  }
}
