package io.atrium.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B6: {@code POST /api/cards/import} of a {@code bench.b6.rows}-line card CSV (100,000, as the
 * issue asks: number, facility code, type) into PAR1, beside PostgreSQL COPY of the same rows into
 * the same table, in the same run (as the schema owner, row security lifted for that transaction:
 * PostgreSQL refuses COPY FROM under it). Goal: COPY time ÷ import time ≥ 0.15 (100k in under 5 s),
 * with the server's memory flat: the live heap (after a full GC, by jcmd) before and after, and the
 * resident memory before and at its highest during the import.
 */
public final class CardImportBenchmark implements Benchmark {

  private static final double GOAL_RATIO = 0.15;
  private static final double GOAL_SECONDS = 5;
  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  @Override
  public String id() {
    return "B6";
  }

  @Override
  public String title() {
    return "RFID import of a 100,000-card CSV vs PostgreSQL COPY of the same rows";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    Result result = new Result(id(), title());
    ServerSpec app = context.app();
    context.setup().ensureCreated(app);
    Servers.Started started = context.servers().start(app, false);
    try {
      String token = SignIn.token(app.base(), SignIn.LUMIERE_ADMIN); // waits for the demo
      int rows = Integer.getInteger("bench.b6.rows", 100_000);
      Database db = context.setup().database();
      long[] place = place(db);
      long prefix = System.currentTimeMillis() % 1_000_000_000L;
      // A small import first, so the first request's class loading is not measured.
      send(app, token, place[1], csv(prefix * 10 + 1, 100));
      double heapBefore = liveHeapMb(started.pid());
      double rssBefore = Procs.rssMb(started.pid());
      byte[] file = csv(prefix * 10 + 2, rows);
      AtomicReference<Double> rssPeak = new AtomicReference<>(rssBefore);
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(
          () -> rssPeak.accumulateAndGet(Procs.rssMb(started.pid()), Math::max),
          0,
          50,
          TimeUnit.MILLISECONDS);
      long begin = System.nanoTime();
      HttpResponse<String> imported;
      try {
        imported = send(app, token, place[1], file);
      } finally {
        sampler.shutdownNow();
      }
      double importSeconds = (System.nanoTime() - begin) / 1e9;
      if (imported.statusCode() != 201) {
        throw new IllegalStateException(
            "B6 import answered " + imported.statusCode() + ": " + imported.body());
      }
      double heapAfter = liveHeapMb(started.pid());
      double copySeconds = copy(db, place, csv(prefix * 10 + 3, rows));
      double ratio = copySeconds / importSeconds;
      String subject = rows + " cards";
      result
          .figure(subject, "file MB", Sql.round(file.length / 1048576.0))
          .figure(subject, "import s", Sql.round(importSeconds))
          .figure(subject, "import cards/s", Math.round(rows / importSeconds))
          .figure(subject, "COPY s", Sql.round(copySeconds))
          .figure(subject, "COPY ÷ import", Sql.round(ratio))
          .figure(subject, "live heap before MB", Sql.round(heapBefore))
          .figure(subject, "live heap after MB", Sql.round(heapAfter))
          .figure(subject, "RSS before MB", Sql.round(rssBefore))
          .figure(subject, "RSS peak during import MB", Sql.round(rssPeak.get()))
          .goal(Goal.atLeast("COPY time ÷ import time", Sql.round(ratio), GOAL_RATIO, "×"))
          .goal(
              Goal.atMost(
                  "import of " + rows + " cards", Sql.round(importSeconds), GOAL_SECONDS, "s"))
          .note(
              "Repeat: ./mvnw -Pbench verify -DskipTests -Dbench.only=B6 [-Dbench.b6.rows=100000]")
          .note(
              "The import is checked line by line, streamed to a staging table by COPY, checked"
                  + " for duplicates in SQL, written by one INSERT … SELECT and audited; COPY writes"
                  + " the rows alone. Live heap = used heap after a full GC (jcmd GC.run).");
      log(
          "%d cards: import %.2f s, COPY %.2f s, ratio %.2f; live heap %.0f → %.0f MB, RSS %.0f MB,"
                  .formatted(
                      rows, importSeconds, copySeconds, ratio, heapBefore, heapAfter, rssBefore)
              + " peak %.0f MB".formatted(rssPeak.get()));
    } finally {
      context.servers().stop(app);
    }
    return result;
  }

  /** {tenant, PAR1}. */
  private static long[] place(Database db) throws SQLException {
    try (Connection c = db.asOwner();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      Sql.setting(s, "atrium.platform", "on");
      long tenant = Sql.count(s, "SELECT id FROM tenant WHERE slug = 'lumiere'");
      Sql.setting(s, "atrium.tenant_id", Long.toString(tenant));
      long centre = Sql.count(s, "SELECT id FROM centre WHERE code = 'PAR1'");
      c.commit();
      return new long[] {tenant, centre};
    }
  }

  /** A card file: numbers from {@code first}·10⁶ on, a facility code and a type on each line. */
  private static byte[] csv(long first, int rows) {
    StringBuilder csv = new StringBuilder(rows * 32).append("card number,facility code,type\n");
    for (int i = 0; i < rows; i++) {
      csv.append(first * 1_000_000L + i)
          .append(',')
          .append(i % 256)
          .append(',')
          .append(i % 10 == 0 ? "temporary" : "standard")
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(ServerSpec app, String token, long centre, byte[] csv)
      throws IOException, InterruptedException {
    return Http.newClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(app.url("/api/cards/import?centre=" + centre + "&file=bench.csv")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * COPY of the same kind of rows into access_card, ids taken from a block of the sequence reserved
   * for it; the seconds it took.
   */
  private static double copy(Database db, long[] place, byte[] file) throws Exception {
    long base;
    try (Connection owner = db.asOwner();
        Statement s = owner.createStatement()) {
      base = Sql.count(s, "SELECT nextval('atrium_id_seq')");
      Sql.count(s, "SELECT setval('atrium_id_seq', " + (base + 50L * 200_000) + ")");
    }
    StringBuilder rows = new StringBuilder(file.length * 2);
    String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",");
      rows.append(place[0])
          .append('\t')
          .append(base + i)
          .append('\t')
          .append(place[1])
          .append('\t')
          .append(cells[0])
          .append('\t')
          .append(cells[1])
          .append('\t')
          .append(cells[2].equals("temporary") ? "TEMPORARY" : "STANDARD")
          .append('\n');
    }
    byte[] copyText = rows.toString().getBytes(StandardCharsets.US_ASCII);
    // PostgreSQL refuses COPY FROM into a table under row-level security, so the schema owner
    // lifts FORCE for this one transaction (DDL is transactional: it comes back at the commit, or
    // with the rollback if anything fails); no other session writes meanwhile.
    try (Connection c = db.asOwner();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("ALTER TABLE access_card NO FORCE ROW LEVEL SECURITY");
      long begin = System.nanoTime();
      copyIn(
          c,
          "COPY access_card (tenant_id, id, centre_id, number, facility_code, kind) FROM STDIN",
          new ByteArrayInputStream(copyText));
      double seconds = (System.nanoTime() - begin) / 1e9;
      s.execute("ALTER TABLE access_card FORCE ROW LEVEL SECURITY");
      c.commit();
      return seconds;
    }
  }

  /**
   * The driver's COPY, reached through its own class loader: the harness loads the driver jar at
   * run time ({@link Database}), so its classes are not on the harness's class path.
   */
  private static void copyIn(Connection c, String sql, java.io.InputStream rows) throws Exception {
    Class<?> pg = Class.forName("org.postgresql.PGConnection", true, c.getClass().getClassLoader());
    Object api = pg.getMethod("getCopyAPI").invoke(c.unwrap(pg));
    api.getClass()
        .getMethod("copyIn", String.class, java.io.InputStream.class)
        .invoke(api, sql, rows);
  }

  /** Used heap after a full GC, in MB, read with the JDK's jcmd. */
  private static double liveHeapMb(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    run(jcmd.toString(), Long.toString(pid), "GC.run");
    String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
    Matcher used = HEAP_USED.matcher(info);
    return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  private static void log(String message) {
    System.out.println("[bench] B6 " + message);
  }
}
