package io.atrium.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B2: the monthly billing run through the application, of N contracts × 3 lines (default 10,000
 * then 100,000; {@code -Dbench.b2.contracts=10000}), each a company of its own at PAR1: the preview
 * (API), then the run (API, in the background, followed until COMPLETED), with numbering,
 * footprints, contract_billing rows, the accounting queue, each invoice's mail (every company has
 * an address) and the audit; the PDF is not made by the run (it is made when the outbox sends the
 * mail, or on download). Against it, a set-based SQL ceiling: the same rows (invoices, lines,
 * contract_billing) inserted in one statement per table, in a transaction rolled back. Goal: 10,000
 * contracts in at most 5 s of run time, and linear to 100,000. Each scale bills a month of its own
 * (2030-01 onwards), so the benchmark can be run again on the same database.
 */
public final class BillingRunBenchmark implements Benchmark {

  private static final double GOAL_SECONDS_10K = 5;

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern INVOICES = Pattern.compile("\"invoices\"\\s*:\\s*(\\d+)");

  @Override
  public String id() {
    return "B2";
  }

  @Override
  public String title() {
    return "Billing run of N contracts × 3 lines (preview, then issue) vs a set-based SQL ceiling";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    Result result = new Result(id(), title());
    ServerSpec app = context.app();
    context.setup().ensureCreated(app);
    long pid = context.servers().start(app, false).pid();
    try {
      SignIn.token(app.base(), SignIn.LUMIERE_ADMIN); // waits for the demo tenants
      // A server bills once a month, long after it started: the first runs after a start pay for
      // compiling the billing code (the JIT took half a core through a cold 10,000, and still a
      // quarter of the server's CPU in a second one), so smaller runs of months of their own go
      // first, until they stop getting faster, and are reported apart.
      int warmUp = Integer.getInteger("bench.b2.warmup", 5000);
      if (warmUp > 0) {
        List<Double> rates = new ArrayList<>();
        int months =
            Settling.settle(
                index -> {
                  double seconds = measure(context, app, pid, warmUp, null, result);
                  rates.add(warmUp / Math.max(seconds, 0.001));
                  return rates.get(rates.size() - 1);
                });
        String subject = "warm-up: months of " + warmUp + " contracts";
        result
            .figure(subject, "months", months)
            .figure(subject, "first contracts/s", round(rates.get(0)))
            .figure(subject, "last contracts/s", round(rates.get(rates.size() - 1)));
        result.note(
            ("Warm-up: months of %d contracts until %d in a row bill at most %d %% faster than the"
                    + " best before them (at most %d), as B1 and B8 settle theirs.")
                .formatted(
                    warmUp,
                    Settling.PATIENCE,
                    Math.round((Settling.SETTLED - 1) * 100),
                    Settling.MAX));
      }
      List<Double> perContract = new ArrayList<>();
      String scales = System.getProperty("bench.b2.contracts", "");
      for (String scale : (scales.isBlank() ? "10000,100000" : scales).split(",")) {
        int contracts = Integer.parseInt(scale.strip());
        double seconds = measure(context, app, pid, contracts, contracts + " contracts", result);
        perContract.add(seconds / contracts);
        if (contracts == 10_000) {
          result.goal(Goal.atMost("run time of 10,000 contracts", seconds, GOAL_SECONDS_10K, "s"));
        }
      }
      if (perContract.size() > 1) {
        result.figure(
            "scaling",
            "time per contract, largest ÷ smallest",
            round(perContract.get(perContract.size() - 1) / perContract.get(0)));
      }
      result.note(
          "Repeat: ./mvnw -Pbench verify -DskipTests -Dbench.only=B2 [-Dbench.b2.contracts=10000]"
              + " [-Dbench.b2.warmup=5000]");
      result.note(
          "Each invoice's mail is queued by the run (every company has an address); its PDF is"
              + " made when the outbox sends it, or on download: not part of the run.");
    } finally {
      context.servers().stop(app);
    }
    return result;
  }

  /** Bills a month of its own; a null subject is a warm-up month, logged but not reported. */
  private double measure(
      BenchContext context, ServerSpec app, long pid, int contracts, String subject, Result result)
      throws Exception {
    Database db = context.setup().database();
    long tenant;
    long centre;
    YearMonth month;
    try (Connection c = db.asOwner();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      setting(s, "atrium.platform", "on");
      tenant = count(s, "SELECT id FROM tenant WHERE slug = 'lumiere'");
      setting(s, "atrium.tenant_id", Long.toString(tenant));
      centre = count(s, "SELECT id FROM centre WHERE code = 'PAR1'");
      month =
          YearMonth.of(2030, 1)
              .plusMonths(
                  count(s, "SELECT count(*) FROM billing_run WHERE period_start >= '2030-01-01'"));
      long begin = System.nanoTime();
      seed(s, tenant, contracts, month);
      c.commit();
      log("%d contracts of %s written in %.1f s".formatted(contracts, month, since(begin)));
    }
    HttpClient http = Http.newClient();
    String token = SignIn.token(app.base(), SignIn.LUMIERE_ADMIN);
    String body =
        "{\"centreId\": %d, \"month\": \"%s\", \"issueDate\": \"%s\"}"
            .formatted(centre, month, month.atEndOfMonth());
    // The preview plans every invoice to count them, keeping only the totals and its first page.
    long begin = System.nanoTime();
    HttpResponse<String> preview = post(http, app, token, "/api/billing-runs/preview", body);
    double previewSeconds = since(begin);
    Matcher previewed = INVOICES.matcher(preview.body());
    String previewOutcome =
        preview.statusCode() == 200 && previewed.find()
            ? previewed.group(1) + " invoices"
            : "failed: HTTP " + preview.statusCode();
    double serverCpu = Procs.cpuMillis(pid);
    double compilerCpu = Procs.threadCpuMillis(pid, Procs.JIT_COMPILER_THREADS);
    double databaseCpu = Procs.cpuMillisWithEndedChildren(context.servers().companions(app));
    HttpResponse<String> started = post(http, app, token, "/api/billing-runs", body);
    Matcher id = ID.matcher(started.body());
    if (started.statusCode() != 202 || !id.find()) {
      throw new IllegalStateException("run answered " + started.statusCode() + started.body());
    }
    String status = "RUNNING";
    while (status.equals("RUNNING")) {
      Thread.sleep(200);
      token = token == null ? SignIn.token(app.base(), SignIn.LUMIERE_ADMIN) : token;
      HttpResponse<String> got =
          http.send(
              HttpRequest.newBuilder(URI.create(app.url("/api/billing-runs/" + id.group(1))))
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (got.statusCode() == 401) {
        token = null;
        continue;
      }
      Matcher m = STATUS.matcher(got.body());
      status = m.find() ? m.group(1) : "RUNNING";
    }
    serverCpu = (Procs.cpuMillis(pid) - serverCpu) / 1000;
    compilerCpu = (Procs.threadCpuMillis(pid, Procs.JIT_COMPILER_THREADS) - compilerCpu) / 1000;
    databaseCpu =
        (Procs.cpuMillisWithEndedChildren(context.servers().companions(app)) - databaseCpu) / 1000;
    double runSeconds;
    long invoices;
    try (Connection c = db.asOwner();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      setting(s, "atrium.tenant_id", Long.toString(tenant));
      runSeconds =
          count(
                  s,
                  "SELECT (extract(epoch FROM finished_at - started_at) * 1000)::bigint FROM"
                      + " billing_run WHERE id = "
                      + id.group(1))
              / 1000.0;
      invoices = count(s, "SELECT invoices FROM billing_run WHERE id = " + id.group(1));
      c.commit();
    }
    if (subject == null) {
      log("warm-up month of %d contracts: run %.1f s".formatted(contracts, runSeconds));
      return runSeconds;
    }
    double ceiling = ceiling(db, tenant, month);
    result
        .figure(subject, "status", status)
        .figure(subject, "invoices", invoices)
        .figure(subject, "preview", previewOutcome)
        .figure(subject, "preview s", round(previewSeconds))
        .figure(subject, "run s", round(runSeconds))
        .figure(subject, "invoices/s", round(invoices / Math.max(runSeconds, 0.001)))
        .figure(subject, "server CPU s", round(serverCpu))
        .figure(subject, "of which JIT compiler s", round(compilerCpu))
        .figure(subject, "PostgreSQL CPU s", round(databaseCpu))
        .figure(subject, "SQL ceiling s", round(ceiling))
        .figure(subject, "run ÷ ceiling", round(runSeconds / Math.max(ceiling, 0.001)));
    log(
        ("%d contracts: preview %.1f s (%s), run %.1f s (%s, %d invoices), server CPU %.1f s (JIT"
                + " compiler %.1f s), PostgreSQL CPU %.1f s, ceiling %.2f s")
            .formatted(
                contracts,
                previewSeconds,
                previewOutcome,
                runSeconds,
                status,
                invoices,
                serverCpu,
                compilerCpu,
                databaseCpu,
                ceiling));
    return runSeconds;
  }

  /** Companies with Studio Kaolin's facts, each with a contract of the month and 3 lines. */
  private static void seed(Statement s, long tenant, int contracts, YearMonth month)
      throws SQLException {
    String t = Long.toString(tenant);
    String tag = "B2 " + month + " ";
    s.execute(
        "INSERT INTO company (tenant_id, id, name, kind, siren, siret, vat_number, billing_line,"
            + " billing_postal_code, billing_city, billing_country, home_centre_id, email) SELECT "
            + t
            + ", nextval('atrium_id_seq'), '"
            + tag
            + "' || g, 'CLIENT', k.siren, k.siret, k.vat_number, k.billing_line,"
            + " k.billing_postal_code, k.billing_city, k.billing_country, k.home_centre_id,"
            + " 'b2-' || g || '@example.test' FROM generate_series(1, "
            + contracts
            + ") g, company k WHERE k.name = 'Studio Kaolin'");
    // Each company has its main contact, as real ones do: the run reads them for the mails.
    s.execute(
        "INSERT INTO member (tenant_id, id, full_name, email, language, home_centre_id, status,"
            + " company_id, company_role) SELECT "
            + t
            + ", nextval('atrium_id_seq'), 'Contact ' || c.name, 'b2-contact-' || c.id ||"
            + " '@example.test', 'fr', ce.id, 'ACTIVE', c.id, 'ADMINISTRATOR' FROM company c, centre"
            + " ce WHERE c.name LIKE '"
            + tag
            + "%' AND ce.code = 'PAR1'");
    s.execute(
        "UPDATE company c SET main_contact_id = m.id FROM member m WHERE m.company_id = c.id AND"
            + " c.name LIKE '"
            + tag
            + "%'");
    s.execute(
        "INSERT INTO contract (tenant_id, id, reference, centre_id, company_id, status, start_date,"
            + " end_date, billing_timing, currency, signed_at) SELECT "
            + t
            + ", nextval('atrium_id_seq'), 'B2-' || c.id, ce.id, c.id, 'ACTIVE', date '"
            + month.atDay(1)
            + "', date '"
            + month.atEndOfMonth()
            + "', 'ADVANCE', 'EUR', now() FROM company c, centre ce WHERE c.name LIKE '"
            + tag
            + "%' AND ce.code = 'PAR1'");
    s.execute(
        "INSERT INTO contract_line (tenant_id, id, contract_id, position, kind, item_id,"
            + " description, quantity, unit_price, discount_percent) SELECT "
            + t
            + ", nextval('atrium_id_seq'), c.id, v.pos, v.kind, i.id, v.label, 1, v.price, v.disc"
            + " FROM contract c, (VALUES (1, 'MAIN', 'POSTE-FLEX', 'Poste flexible', 290, 10),"
            + " (2, 'OPTION', 'CASIER', 'Casier', 15, 0), (3, 'OPTION', 'STOCKAGE', 'Stockage',"
            + " 40, 0)) AS v(pos, kind, code, label, price, disc) JOIN catalogue_item i ON i.code"
            + " = v.code WHERE c.start_date = date '"
            + month.atDay(1)
            + "' AND c.reference LIKE 'B2-%'");
    s.execute(
        "INSERT INTO billing_settings (tenant_id, run_issues) VALUES ("
            + t
            + ", true) ON CONFLICT (tenant_id) DO UPDATE SET run_issues = true,"
            + " invoice_per = 'COMPANY'");
    s.execute("ANALYZE contract, contract_line, company, member, contract_billing, consumption");
  }

  /**
   * The same rows written set-based, one statement per table, in a transaction then rolled back:
   * what the database alone needs to store the month's invoices (numbers and hashes computed in
   * SQL; no per-invoice round trip, no series lock per invoice).
   */
  private static double ceiling(Database db, long tenant, YearMonth month) throws SQLException {
    String t = Long.toString(tenant);
    try (Connection c = db.asOwner();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      setting(s, "atrium.tenant_id", t);
      s.execute(
          "INSERT INTO invoice_series (tenant_id, id, code, document_kind, tax_scheme) VALUES ("
              + t
              + ", nextval('atrium_id_seq'), 'B2CEIL', 'INVOICE', 'VAT')");
      long series = count(s, "SELECT id FROM invoice_series WHERE code = 'B2CEIL'");
      long begin = System.nanoTime();
      s.execute(
          "CREATE TEMP TABLE b2_plan ON COMMIT DROP AS SELECT c.id AS contract_id, c.company_id,"
              + " c.centre_id, nextval('atrium_id_seq') AS invoice_id, row_number() OVER (ORDER BY"
              + " c.id) AS n FROM contract c WHERE c.reference LIKE 'B2-%' AND c.start_date = date"
              + " '"
              + month.atDay(1)
              + "'");
      s.execute(
          "INSERT INTO invoice (tenant_id, id, centre_id, company_id, contract_id, kind, status,"
              + " series_id, number, chain_seq, issue_date, due_date, currency, language, seller,"
              + " buyer, net_total, tax_total, gross_total, footprint) SELECT "
              + t
              + ", p.invoice_id, p.centre_id, p.company_id, p.contract_id, 'INVOICE', 'ISSUED', "
              + series
              + ", 'B2CEIL-' || p.n, p.n, date '"
              + month.atEndOfMonth()
              + "', date '"
              + month.atEndOfMonth()
              + "' + 30, 'EUR', 'fr', '{}', '{}', sum(l.unit_price * (100 - l.discount_percent) /"
              + " 100), sum(l.unit_price * (100 - l.discount_percent) / 100) * 0.2,"
              + " sum(l.unit_price * (100 - l.discount_percent) / 100) * 1.2,"
              + " encode(sha256(p.invoice_id::text::bytea), 'hex') FROM b2_plan p JOIN"
              + " contract_line l ON l.contract_id = p.contract_id GROUP BY p.invoice_id,"
              + " p.centre_id, p.company_id, p.contract_id, p.n");
      s.execute(
          "INSERT INTO invoice_line (tenant_id, id, invoice_id, position, source, item_id,"
              + " contract_line_id, description, quantity, unit, unit_price, discount_percent,"
              + " net_amount, vat_category, tax_rate, tax_amount, period_from, period_to) SELECT "
              + t
              + ", nextval('atrium_id_seq'), p.invoice_id, l.position, CASE l.kind WHEN 'MAIN'"
              + " THEN 'CONTRACT' ELSE 'OPTION' END, l.item_id, l.id, l.description, l.quantity,"
              + " 'MONTH', l.unit_price, l.discount_percent, round(l.unit_price * (100 -"
              + " l.discount_percent) / 100, 2), 'S', 20, round(l.unit_price * (100 -"
              + " l.discount_percent) / 100 * 0.2, 2), date '"
              + month.atDay(1)
              + "', date '"
              + month.atEndOfMonth()
              + "' FROM b2_plan p JOIN contract_line l ON l.contract_id = p.contract_id");
      s.execute(
          "INSERT INTO contract_billing (tenant_id, contract_id, period_start, period_end,"
              + " invoice_id) SELECT "
              + t
              + ", p.contract_id, date '"
              + month.atDay(1).minusYears(50)
              + "', date '"
              + month.atEndOfMonth().minusYears(50)
              + "', p.invoice_id FROM b2_plan p");
      double seconds = since(begin);
      c.rollback();
      return seconds;
    }
  }

  private static HttpResponse<String> post(
      HttpClient http, ServerSpec app, String token, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.url(path)))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void setting(Statement s, String name, String value) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT set_config('" + name + "', '" + value + "', true)")) {
      rs.next();
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static double since(long begin) {
    return (System.nanoTime() - begin) / 1e9;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static void log(String message) {
    System.out.println("[bench] B2 " + message);
  }
}
