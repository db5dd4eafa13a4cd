package io.atrium.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.Poll;
import io.atrium.testing.ServerPair;
import io.atrium.testing.SharedServerPair;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * R4 on real servers: a billing run of {@value #CONTRACTS} contracts is started on server "a",
 * which is killed ({@code kill -9}) in the middle of it; server "b" takes the run over once its
 * lease lapses and finishes it from the cursor; the month is run again, on "b". Then every series
 * has no gap and no duplicate, each footprint links to the one before, and no contract is billed
 * twice for the month.
 */
// After TwoServersIT, whose session tests want servers never restarted (SharedServerPair).
@Order(SharedServerPair.ORDER)
class BillingRunCrashIT {

  private static final int CONTRACTS = 2000;

  @RegisterExtension static final SharedServerPair PAIR = new SharedServerPair();

  private static ServerPair pair;

  @BeforeAll
  static void startMail() {
    MailCatcher.start();
    pair = PAIR.get();
  }

  @AfterAll
  static void stopMail() {
    MailCatcher.stop();
  }

  private static long sql(String statement) {
    try {
      return pair.sql(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  /** Companies with Studio Kaolin's legal facts, each with one contract of February 2027. */
  private static long seed() {
    long tenant = sql("SELECT id FROM tenant WHERE slug = 'lumiere'");
    String t = Long.toString(tenant);
    sql(
        "INSERT INTO company (tenant_id, id, name, kind, siren, siret, vat_number, billing_line,"
            + " billing_postal_code, billing_city, billing_country, home_centre_id) SELECT "
            + t
            + ", nextval('atrium_id_seq'), 'Crash ' || g, 'CLIENT', k.siren, k.siret,"
            + " k.vat_number, k.billing_line, k.billing_postal_code, k.billing_city,"
            + " k.billing_country, k.home_centre_id FROM generate_series(1, "
            + CONTRACTS
            + ") g, company k WHERE k.tenant_id = "
            + t
            + " AND k.name = 'Studio Kaolin'");
    sql(
        "INSERT INTO contract (tenant_id, id, reference, centre_id, company_id, status, start_date,"
            + " end_date, billing_timing, currency, signed_at) SELECT "
            + t
            + ", nextval('atrium_id_seq'), 'CR-' || c.id, ce.id, c.id, 'ACTIVE', date"
            + " '2027-02-01', date '2027-02-28', 'ADVANCE', 'EUR', now() FROM company c, centre"
            + " ce WHERE c.tenant_id = "
            + t
            + " AND c.name LIKE 'Crash %' AND ce.tenant_id = "
            + t
            + " AND ce.code = 'PAR1'");
    sql(
        "INSERT INTO contract_line (tenant_id, id, contract_id, position, kind, item_id,"
            + " description, quantity, unit_price) SELECT "
            + t
            + ", nextval('atrium_id_seq'), c.id, v.pos, v.kind, i.id, v.label, 1, v.price FROM"
            + " contract c, (VALUES (1, 'MAIN', 'POSTE-FLEX', 'Poste flexible', 290),"
            + " (2, 'OPTION', 'CASIER', 'Casier', 15)) AS v(pos, kind, code, label, price)"
            + " JOIN catalogue_item i ON i.code = v.code AND i.tenant_id = "
            + t
            + " WHERE c.tenant_id = "
            + t
            + " AND c.reference LIKE 'CR-%'");
    sql(
        "INSERT INTO billing_settings (tenant_id, run_issues) VALUES ("
            + t
            + ", true) ON CONFLICT (tenant_id) DO UPDATE SET run_issues = true,"
            + " invoice_per = 'COMPANY'");
    return tenant;
  }

  private static long start(ServerPair.Server server, long centre) {
    Api api = new Api(server.direct(""));
    String token = api.token("lumiere", "admin@lumiere.test");
    var started =
        api.post(
            "api/billing-runs",
            token,
            "{\"centreId\": "
                + centre
                + ", \"month\": \"2027-02\", \"issueDate\": \"2027-03-01\"}");
    assertEquals(202, started.statusCode(), started.body());
    return Api.json(started).getJsonNumber("id").longValue();
  }

  private static String status(long run) {
    try {
      return String.valueOf(
          pair.sql(
              "SELECT CASE status WHEN 'COMPLETED' THEN 1 WHEN 'FAILED' THEN 2 ELSE 0 END"
                  + " FROM billing_run WHERE id = "
                  + run));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRunWhoseServerIsKilledIsFinishedByTheOtherWithoutGapsOrDoubleBilling() throws Exception {
    long tenant = seed();
    long centre = sql("SELECT id FROM centre WHERE tenant_id = " + tenant + " AND code = 'PAR1'");

    long run = start(pair.a(), centre);
    assertTrue(
        Poll.until(
            Duration.ofSeconds(120),
            Duration.ofMillis(50),
            () -> sql("SELECT processed FROM billing_run WHERE id = " + run) >= 100),
        "a has billed some chunks");
    pair.kill(pair.a());
    long atKill = sql("SELECT processed FROM billing_run WHERE id = " + run);
    assertTrue(atKill < CONTRACTS, "killed in the middle: " + atKill);

    assertTrue(
        Poll.until(Duration.ofSeconds(300), Duration.ofMillis(500), () -> status(run).equals("1")),
        "b finished the run: " + sql("SELECT processed FROM billing_run WHERE id = " + run));
    // The month again, on b: a killed server's restart is TwoServersIT's; here the second run
    // must bill nothing.
    long again = start(pair.b(), centre);
    assertTrue(
        Poll.until(
            Duration.ofSeconds(120), Duration.ofMillis(250), () -> status(again).equals("1")),
        "the second run ends");
    assertEquals(0, sql("SELECT invoices FROM billing_run WHERE id = " + again), "bills nothing");

    String t = " tenant_id = " + tenant;
    assertEquals(
        CONTRACTS,
        sql(
            "SELECT count(*) FROM contract_billing b JOIN contract c ON c.tenant_id = b.tenant_id"
                + " AND c.id = b.contract_id WHERE b."
                + t.strip()
                + " AND c.reference LIKE 'CR-%' AND b.period_start = date '2027-02-01'"),
        "every contract billed");
    assertEquals(
        0,
        sql(
            "SELECT count(*) FROM (SELECT contract_line_id, period_from FROM invoice_line WHERE"
                + t
                + " AND contract_line_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) twice"),
        "no contract line billed twice for a period");
    assertEquals(
        0,
        sql(
            "SELECT count(*) FROM (SELECT series_id FROM invoice WHERE"
                + t
                + " AND status = 'ISSUED' GROUP BY series_id HAVING count(*) <> max(chain_seq)"
                + " OR count(DISTINCT number) <> count(*) OR min(chain_seq) <> 1) broken"),
        "no gap and no duplicate in any series");
    assertEquals(
        0,
        sql(
            "SELECT count(*) FROM invoice i JOIN invoice p ON p.tenant_id = i.tenant_id AND"
                + " p.series_id = i.series_id AND p.chain_seq = i.chain_seq - 1 WHERE i."
                + t.strip()
                + " AND i.previous_footprint IS DISTINCT FROM p.footprint"),
        "each footprint follows the one before");
    assertEquals(
        0,
        sql(
            "SELECT count(*) FROM invoice_series s WHERE"
                + t
                + " AND s.issued_count > 0 AND s.last_footprint IS DISTINCT FROM (SELECT"
                + " footprint FROM invoice i WHERE i.tenant_id = s.tenant_id AND i.series_id ="
                + " s.id ORDER BY chain_seq DESC LIMIT 1)"),
        "each series ends on its last footprint");
  }
}
