package io.atrium.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two Atrium servers on one PostgreSQL behind HAProxy, as an operator would run them: the packaged
 * WAR in two Liberty servers made from the installed runtime and the project's {@code liberty/}
 * configuration, {@code DB_EMBEDDED=false} on a PostgreSQL of the fixture's own (so that a test may
 * stop and restart it), prepared the way the README says for an external database, one shared
 * {@code JWT_KEY_FILE}, and HAProxy's address as both servers' {@code PUBLIC_URL}. The integration
 * tests' own server is not involved.
 *
 * <p>The servers run with {@code CLUSTER=on}, each listing both as {@code CLUSTER_MEMBERS}:
 * sessions are replicated between them (a user whose server is killed goes on from the other) and
 * live pushes cross from one to the other through PostgreSQL.
 *
 * <p>Ports come from {@code -Dit.pair.basePort} (27500): PostgreSQL on base, HAProxy on base + 1,
 * server "a" on base + 10/11/12 (HTTP/HTTPS/Hazelcast), server "b" on base + 20/21/22. Without
 * haproxy the test is skipped with a message, unless {@code -Dbrowser.required=true} (as in CI),
 * where it fails, as browser tests do without Chromium. {@link #close()} stops everything, also
 * after a failure.
 */
public final class ServerPair implements AutoCloseable {

  private static final Duration START = Duration.ofSeconds(240);
  private static final String DB_NAME = "atrium";
  private static final String OWNER = "atrium_owner";
  private static final String APP = "atrium_app";

  /** One of the two servers. */
  public record Server(
      String name, int httpPort, int httpsPort, int clusterPort, String libertyName) {
    public URI direct(String path) {
      return URI.create("http://127.0.0.1:" + httpPort + "/" + path);
    }
  }

  private final Path wlp = Path.of(System.getProperty("liberty.install.dir"));
  private final Path work;
  private final int basePort;
  private final List<Server> servers;
  private final Path jwtKey;
  private final Path pgData;
  private final HttpClient probe =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private EmbeddedPostgres postgres;
  private Haproxy proxy;

  private ServerPair() {
    this.basePort = Integer.getInteger("it.pair.basePort", 27500);
    this.work = Path.of("target", "server-pair").toAbsolutePath();
    this.jwtKey = work.resolve("jwt-signing-key.pem");
    this.pgData = work.resolve("pgdata");
    this.servers =
        List.of(
            new Server(
                "a", basePort + 10, basePort + 11, basePort + 12, "atrium-pair-a-" + basePort),
            new Server(
                "b", basePort + 20, basePort + 21, basePort + 22, "atrium-pair-b-" + basePort));
  }

  /**
   * Starts PostgreSQL, both servers (in parallel) and HAProxy, and returns when both servers are
   * ready; stops what it started when any of it fails.
   */
  public static ServerPair start() {
    if (Haproxy.binary().isEmpty()) {
      String why = "haproxy not found (apt-get install haproxy, or set HAPROXY)";
      if (Boolean.getBoolean("browser.required")) {
        fail(why + ", and -Dbrowser.required=true");
      }
      assumeTrue(false, why + ": two-server tests skipped");
    }
    var pair = new ServerPair();
    try {
      pair.startAll();
      return pair;
    } catch (Exception | Error e) {
      pair.close();
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private void startAll() throws Exception {
    // CLUSTER_* reach Hazelcast only through the runtime's usr/shared/server.env (README); without
    // it both members would take the defaults (port 5701, no peer) and never meet.
    Path sharedEnv = wlp.resolve("usr/shared/server.env");
    if (!Files.isRegularFile(sharedEnv)) {
      throw new IllegalStateException(
          sharedEnv + " is missing: the integration tests' antrun step (app/pom.xml) copies it");
    }
    deleteRecursively(work);
    Files.createDirectories(work);
    startDatabase();
    prepareDatabase();
    writeJwtKey();
    for (Server server : servers) {
      createServer(server);
    }
    List<Process> launchers = new ArrayList<>();
    for (Server server : servers) {
      launchers.add(launch(server, "start"));
    }
    for (Process launcher : launchers) {
      launcher.waitFor(60, TimeUnit.SECONDS);
    }
    for (Server server : servers) {
      awaitReady(server);
    }
    proxy =
        Haproxy.start(
            work.resolve("haproxy"),
            basePort + 1,
            servers.stream().map(s -> new Haproxy.Backend(s.name(), s.httpPort())).toList());
  }

  public Server a() {
    return servers.get(0);
  }

  public Server b() {
    return servers.get(1);
  }

  public List<Server> servers() {
    return servers;
  }

  /** HAProxy, through which tests reach the servers. */
  public Haproxy proxy() {
    return proxy;
  }

  /** HAProxy's address, as a URI ending in "/". */
  public URI base() {
    return URI.create(proxy.base());
  }

  // --- PostgreSQL -------------------------------------------------------------------------------

  /** Starts the fixture's PostgreSQL on its data directory (kept between stops). */
  public void startDatabase() throws IOException {
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            // Not java.io.tmpdir: another user's extraction there may not be writable.
            .setOverrideWorkingDirectory(Path.of("target", "pg-binaries").toAbsolutePath().toFile())
            .setPort(basePort)
            .setServerConfig("max_connections", "100")
            .start();
  }

  /** Stops PostgreSQL with a fast shutdown: sessions are ended, pooled connections broken. */
  public void stopDatabase() throws IOException {
    EmbeddedPostgres running = postgres;
    postgres = null;
    if (running != null) {
      running.close();
    }
  }

  /**
   * Runs one statement on Atrium's database as PostgreSQL's superuser, which row-level security
   * does not restrict: to set up what no request can (a past day, a job last run hours ago) and to
   * count what the servers did. Returns the first column of the first row as a long, or the number
   * of rows changed.
   */
  public long sql(String statement) throws SQLException {
    try (Connection c = postgres.getDatabase("postgres", DB_NAME).getConnection();
        Statement s = c.createStatement()) {
      if (!s.execute(statement)) {
        return s.getUpdateCount();
      }
      try (ResultSet row = s.getResultSet()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }

  /** The README's preparation of an external database: the two roles and the owner's database. */
  private void prepareDatabase() throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER + "'");
      s.execute(
          "CREATE ROLE "
              + APP
              + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB PASSWORD '"
              + APP
              + "'");
      s.execute("CREATE DATABASE " + DB_NAME + " OWNER " + OWNER);
    }
  }

  private void writeJwtKey() throws Exception {
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
            + "\n-----END PRIVATE KEY-----\n";
    Files.writeString(jwtKey, pem);
  }

  // --- Liberty servers --------------------------------------------------------------------------

  private Path serverDir(Server server) {
    return wlp.resolve("usr/servers").resolve(server.libertyName());
  }

  /** The same configuration as the integration tests' server gets (app/pom.xml), and the WAR. */
  private void createServer(Server server) throws IOException, InterruptedException {
    Path dir = serverDir(server);
    if (Files.exists(pidFile(server))) {
      launch(server, "stop").waitFor(60, TimeUnit.SECONDS); // left by a crashed run
    }
    deleteRecursively(dir);
    Files.createDirectories(dir.resolve("dropins"));
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("liberty.config.dir")))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path cluster = Path.of(System.getProperty("liberty.config.dir"), "cluster");
    Files.createDirectories(dir.resolve("cluster"));
    try (Stream<Path> files = Files.list(cluster)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve("cluster").resolve(file.getFileName()));
      }
    }
    Files.copy(Path.of(System.getProperty("atrium.war")), dir.resolve("dropins/atrium.war"));
  }

  /**
   * Runs {@code bin/server <command>} for the server, with the server's environment; starts are
   * clean, as the README asks of a server whose CLUSTER setting may have changed.
   */
  private Process launch(Server server, String command) throws IOException {
    List<String> line =
        new ArrayList<>(
            List.of(wlp.resolve("bin/server").toString(), command, server.libertyName()));
    if (command.equals("start")) {
      line.add("--clean");
    }
    var builder =
        new ProcessBuilder(line)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    work.resolve(server.name() + "-commands.log").toFile()));
    Map<String, String> env = builder.environment();
    // Failsafe gives this JVM the integration tests' server's settings: none of them apply here.
    env.keySet().removeIf(ServerPair::atriumSetting);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.putAll(environment(server));
    return builder.start();
  }

  private static boolean atriumSetting(String name) {
    return name.endsWith("_PORT")
        || name.startsWith("SMTP_")
        || name.startsWith("OUTBOX_")
        || name.startsWith("CLUSTER")
        || List.of("ATRIUM_DATA_DIR", "PUBLIC_URL", "TRUSTED_PROXIES", "keystore_password")
            .contains(name);
  }

  private Map<String, String> environment(Server server) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HTTP_PORT", Integer.toString(server.httpPort()));
    env.put("HTTPS_PORT", Integer.toString(server.httpsPort()));
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("ATRIUM_DATA_DIR", work.resolve("data-" + server.name()).toString());
    env.put("DB_EMBEDDED", "false");
    env.put("DB_HOST", "127.0.0.1");
    env.put("DB_PORT", Integer.toString(basePort));
    env.put("DB_NAME", DB_NAME);
    env.put("DB_USER", APP);
    env.put("DB_PASSWORD", APP);
    env.put("DB_OWNER_USER", OWNER);
    env.put("DB_OWNER_PASSWORD", OWNER);
    env.put("JWT_KEY_FILE", jwtKey.toString());
    env.put("PUBLIC_URL", "http://localhost:" + (basePort + 1));
    env.put("TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1");
    // One importer: two servers importing the same new operator at once would race for its slug.
    env.put("DEMO_TENANTS", server.name().equals("a") ? "true" : "false");
    env.put("keystore_password", "atrium-server-pair");
    // Mail to the tests' GreenMail (MailCatcher), each server's outbox polling every second, so
    // that both servers compete for every mail.
    env.put("SMTP_HOST", "localhost");
    env.put("SMTP_PORT", Integer.toString(Integer.getInteger("it.smtp.port", 3025)));
    env.put("OUTBOX_POLL_SECONDS", "1");
    env.put("OUTBOX_RETRY_BASE_SECONDS", "1");
    // An hourly job (the no-show sweep) gets its turn within seconds, not a minute.
    env.put("JOBS_TICK_SECONDS", "5");
    env.put("CLUSTER", "on");
    env.put(
        "CLUSTER_MEMBERS",
        servers.stream().map(s -> "127.0.0.1:" + s.clusterPort()).collect(Collectors.joining(",")));
    env.put("CLUSTER_PORT", Integer.toString(server.clusterPort()));
    env.put("CLUSTER_INTERFACE", "127.0.0.1");
    // i13-billing: a billing run whose server dies is taken over once its lease lapses; short here
    // so that BillingRunCrashIT does not wait two minutes.
    env.put("BILLING_RUN_LEASE_SECONDS", "6");
    env.put("BILLING_RUN_CHUNK", "25");
    return env;
  }

  /** Ends the server's JVM at once, as a crash or {@code kill -9} would. */
  public void kill(Server server) throws Exception {
    ProcessHandle jvm =
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile(server)).trim()))
            .orElseThrow(() -> new IllegalStateException(server.name() + " is not running"));
    jvm.destroyForcibly();
    jvm.onExit().get(30, TimeUnit.SECONDS);
  }

  /** Whether the server's JVM is alive. */
  public boolean running(Server server) throws IOException {
    Path pid = pidFile(server);
    return Files.exists(pid)
        && ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
            .map(ProcessHandle::isAlive)
            .orElse(false);
  }

  /** Starts a stopped or killed server again and waits until it is ready. */
  /** Starts again the servers a test killed, so that the next test finds both running. */
  public void restartKilled() throws Exception {
    for (Server server : servers) {
      if (!running(server)) {
        restart(server);
      }
    }
  }

  public void restart(Server server) throws Exception {
    launch(server, "start").waitFor(60, TimeUnit.SECONDS);
    awaitReady(server);
  }

  /** The status of the server's own {@code /health/ready}, -1 when it does not answer. */
  public int readiness(Server server) {
    try {
      return probe
          .send(
              HttpRequest.newBuilder(server.direct("health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private void awaitReady(Server server) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    while (readiness(server) != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            server.libertyName()
                + " not ready after "
                + START.toSeconds()
                + " s:\n"
                + tail(server));
      }
      Thread.sleep(250);
    }
  }

  /** The server's messages.log as it is now (empty when it has none yet). */
  public String messages(Server server) throws IOException {
    Path messages = serverDir(server).resolve("logs/messages.log");
    return Files.exists(messages) ? Files.readString(messages) : "";
  }

  private String tail(Server server) throws IOException {
    Path messages = serverDir(server).resolve("logs/messages.log");
    if (!Files.exists(messages)) {
      return "(no " + messages + ")";
    }
    List<String> lines = Files.readAllLines(messages);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private Path pidFile(Server server) {
    return wlp.resolve("usr/servers/.pid").resolve(server.libertyName() + ".pid");
  }

  /** Stops HAProxy, both servers and PostgreSQL; never throws, so that each gets its turn. */
  @Override
  public void close() {
    if (proxy != null) {
      proxy.close();
    }
    for (Server server : servers) {
      try {
        if (Files.exists(pidFile(server))) {
          Process stop = launch(server, "stop");
          if (!stop.waitFor(90, TimeUnit.SECONDS)) {
            stop.destroyForcibly();
            kill(server);
          }
        }
      } catch (Exception e) {
        System.err.println("Could not stop " + server.libertyName() + ": " + e);
      }
    }
    try {
      stopDatabase();
    } catch (IOException e) {
      System.err.println("Could not stop the pair's PostgreSQL: " + e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
