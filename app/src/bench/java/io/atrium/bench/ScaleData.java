package io.atrium.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The data B7 reads: 100 tenants (the demo tenants topped up with {@code bench-001}, ... each with
 * one centre and 20 companies) and 10,000 companies in the demo tenant {@code lumiere}, spread over
 * its centres. Written in a few set-based statements as the schema owner, whom row-level security
 * binds too: each insert runs with the tenant (or platform) setting the policies expect, as the
 * application's own writes do. Topped up rather than inserted, so a second call in the same run
 * adds nothing.
 */
final class ScaleData {

  static final int TENANTS = 100;
  static final int LUMIERE_COMPANIES = 10_000;
  static final int COMPANIES_PER_BENCH_TENANT = 20;
  static final String TENANT = "lumiere";

  /** Names of the companies written here, so that they can be counted apart from the demo's. */
  static final String COMPANY_PREFIX = "Bench Company ";

  /**
   * What the database holds afterwards.
   *
   * @param tenants all tenants
   * @param benchTenants tenants written by the harness (slug bench-...)
   * @param tenantCompanies companies of {@link #TENANT}, demo ones included
   * @param benchCompanies companies of {@link #TENANT} written by the harness
   * @param centres centres of {@link #TENANT} the companies are spread over
   * @param seconds time taken to write (0 when nothing was missing)
   */
  record Counts(
      long tenants,
      long benchTenants,
      long tenantCompanies,
      long benchCompanies,
      long centres,
      double seconds) {}

  private ScaleData() {}

  /** Writes what is missing, refreshes the planner's statistics, and checks the counts. */
  static Counts seed(Database database) throws SQLException {
    long begin = System.nanoTime();
    try (Connection c = database.asOwner()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        setting(s, "atrium.platform", "on");
        long tenants = count(s, "SELECT count(*) FROM tenant");
        long benchTenants = count(s, "SELECT count(*) FROM tenant WHERE slug LIKE 'bench-%'");
        long missing = Math.max(0, TENANTS - tenants);
        if (missing > 0) {
          s.execute(benchTenants(benchTenants + 1, benchTenants + missing));
        }
        long tenantId = tenantId(s);
        setting(s, "atrium.tenant_id", Long.toString(tenantId));
        if (count(s, "SELECT count(*) FROM centre") == 0) {
          throw new IllegalStateException(TENANT + " has no centre to put companies in");
        }
        long existing = count(s, benchCompanyCount());
        if (existing < LUMIERE_COMPANIES) {
          insertCompanies(c, tenantId, existing + 1, LUMIERE_COMPANIES);
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        // Fresh statistics: the planner would otherwise plan for the demo's handful of rows.
        s.execute("ANALYZE tenant, centre, company");
      }
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    Counts counts = counts(database, seconds);
    if (counts.tenants() != TENANTS || counts.benchCompanies() != LUMIERE_COMPANIES) {
      throw new IllegalStateException(
          "B7's data is not as intended (want %d tenants and %d bench companies in %s): %s"
              .formatted(TENANTS, LUMIERE_COMPANIES, TENANT, counts));
    }
    return counts;
  }

  /** Counted afresh, through the same row security the application's data is under. */
  static Counts counts(Database database, double seconds) throws SQLException {
    try (Connection c = database.asOwner()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        setting(s, "atrium.platform", "on");
        long tenants = count(s, "SELECT count(*) FROM tenant");
        long benchTenants = count(s, "SELECT count(*) FROM tenant WHERE slug LIKE 'bench-%'");
        setting(s, "atrium.tenant_id", Long.toString(tenantId(s)));
        long centres = count(s, "SELECT count(*) FROM centre");
        long companies = count(s, "SELECT count(*) FROM company");
        long benchCompanies = count(s, benchCompanyCount());
        c.rollback();
        return new Counts(tenants, benchTenants, companies, benchCompanies, centres, seconds);
      }
    }
  }

  /**
   * Tenants {@code bench-<from>} to {@code bench-<to>}, each with one centre and 20 companies: each
   * tenant's rows under its own tenant setting, which the policies check on insert.
   */
  private static String benchTenants(long from, long to) {
    return """
        DO $$
        DECLARE
          t bigint;
          c bigint;
        BEGIN
          FOR i IN %d..%d LOOP
            t := nextval('atrium_id_seq');
            INSERT INTO tenant (id, slug, legal_name, default_locale, currency, time_zone, country)
              VALUES (t, 'bench-' || lpad(i::text, 3, '0'), 'Bench Operator ' || lpad(i::text, 3, '0'),
                      'en', 'EUR', 'Europe/Paris', 'FR');
            PERFORM set_config('atrium.tenant_id', t::text, true);
            c := nextval('atrium_id_seq');
            INSERT INTO centre (tenant_id, id, code, name, city, country, time_zone, currency,
                                tax_scheme, tax_rate)
              VALUES (t, c, 'BENCH1', 'Bench Centre', 'Paris', 'FR', 'Europe/Paris', 'EUR', 'VAT', 20);
            INSERT INTO company (tenant_id, id, name, kind, home_centre_id)
              SELECT t, nextval('atrium_id_seq'), 'Bench Company ' || lpad(g::text, 5, '0'),
                     CASE WHEN g %% 3 = 0 THEN 'CLIENT' ELSE 'PROSPECT' END, c
              FROM generate_series(1, %d) g;
          END LOOP;
        END $$"""
        .formatted(from, to, COMPANIES_PER_BENCH_TENANT);
  }

  /**
   * Companies {@code from} to {@code to} of the tenant bound to the transaction, round-robin over
   * its centres; ids from the application's sequence, as its own inserts take them.
   */
  private static void insertCompanies(Connection c, long tenantId, long from, long to)
      throws SQLException {
    String sql =
        """
        WITH centres AS (SELECT array_agg(id ORDER BY code) AS ids FROM centre)
        INSERT INTO company (tenant_id, id, name, kind, email, billing_city, billing_country,
                             home_centre_id)
        SELECT ?, nextval('atrium_id_seq'), ? || lpad(g::text, 5, '0'),
               CASE WHEN g % 3 = 0 THEN 'CLIENT' ELSE 'PROSPECT' END,
               'contact' || lpad(g::text, 5, '0') || '@bench-company.test',
               CASE WHEN g % 2 = 0 THEN 'Paris' ELSE 'Lyon' END, 'FR',
               centres.ids[1 + g % cardinality(centres.ids)]
        FROM centres, generate_series(?::int, ?::int) g""";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setLong(1, tenantId);
      insert.setString(2, COMPANY_PREFIX);
      insert.setLong(3, from);
      insert.setLong(4, to);
      insert.executeUpdate();
    }
  }

  private static String benchCompanyCount() {
    return "SELECT count(*) FROM company WHERE name LIKE '" + COMPANY_PREFIX + "%'";
  }

  private static long tenantId(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT id FROM tenant WHERE slug = '" + TENANT + "'")) {
      if (!rs.next()) {
        throw new IllegalStateException(
            "Tenant " + TENANT + " is missing: the demo tenants were not imported");
      }
      return rs.getLong(1);
    }
  }

  /** A setting for the rest of the transaction, as the application binds its tenant. */
  private static void setting(Statement s, String name, String value) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT set_config('" + name + "', '" + value + "', true)")) {
      rs.next();
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
