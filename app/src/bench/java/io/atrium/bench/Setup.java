package io.atrium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the two servers from the project's own Liberty configuration: {@code benchApp} runs Atrium
 * as shipped, {@code benchEmpty} the same features and JVM options with a one-page app. Their ports
 * and data are apart from the dev server's and the integration tests', so a benchmark can run while
 * those are up.
 */
public final class Setup {

  private final BenchConfig config;
  private final Servers servers;
  private final Path dataDir;
  private final ServerSpec app;
  private final ServerSpec empty;
  private final ServerSpec secondApp;
  private final Set<ServerSpec> created = new HashSet<>();

  public Setup(BenchConfig config, Servers servers) {
    this.config = config;
    this.servers = servers;
    this.dataDir = config.out().resolve("data");
    BenchConfig.Ports ports = config.ports();
    Map<String, String> appEnv = new LinkedHashMap<>();
    appEnv.put("HTTP_PORT", Integer.toString(ports.appHttp()));
    appEnv.put("HTTPS_PORT", Integer.toString(ports.appHttps()));
    appEnv.put("DB_PORT", Integer.toString(ports.appDb()));
    appEnv.put("ATRIUM_DATA_DIR", dataDir.toString());
    this.app =
        new ServerSpec(
            "benchApp",
            "app",
            ports.appHttp(),
            List.of("/health/ready"),
            // The dashboard, as the demo operator's super administrator sees it: every page but
            // sign-in needs a signed-in person.
            "/index.xhtml",
            SignIn.LUMIERE_ADMIN,
            Collections.unmodifiableMap(appEnv),
            List.of(dataDir.resolve("pgdata/postmaster.pid")));
    this.empty =
        new ServerSpec(
            "benchEmpty",
            "empty",
            ports.emptyHttp(),
            // Ready also waits for the page: with no health checks of its own, the baseline could
            // report ready before its application is up.
            List.of("/health/ready", "/"),
            "/",
            null,
            Map.of(
                "HTTP_PORT",
                Integer.toString(ports.emptyHttp()),
                "HTTPS_PORT",
                Integer.toString(ports.emptyHttps())),
            List.of());
    this.secondApp = secondApp(config.cluster(), dataDir, ports.appDb());
  }

  /**
   * B8's second Atrium server, as an operator adds one: the same WAR on the app server's database
   * (an external one for it, so it starts none), the same token key, and the proxy's address as its
   * public one. The app server imports the demo tenants; this one does not.
   */
  private static ServerSpec secondApp(BenchConfig.Cluster cluster, Path appData, int dbPort) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HTTP_PORT", Integer.toString(cluster.secondHttp()));
    env.put("HTTPS_PORT", Integer.toString(cluster.secondHttps()));
    env.put("ATRIUM_DATA_DIR", appData.resolveSibling("data-second").toString());
    env.put("DB_EMBEDDED", "false");
    env.put("DB_HOST", "localhost");
    env.put("DB_PORT", Integer.toString(dbPort));
    env.put("DEMO_TENANTS", "false");
    // The key the app server generated at its first start (its JWT_KEY_FILE is empty).
    env.put("JWT_KEY_FILE", appData.resolve("jwt-signing-key.pem").toString());
    env.put("PUBLIC_URL", "http://localhost:" + cluster.proxy());
    env.put("TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1");
    return new ServerSpec(
        "benchApp2",
        "app2",
        cluster.secondHttp(),
        List.of("/health/ready"),
        "/index.xhtml",
        SignIn.LUMIERE_ADMIN,
        Collections.unmodifiableMap(env),
        List.of());
  }

  public ServerSpec secondApp() {
    return secondApp;
  }

  public ServerSpec app() {
    return app;
  }

  public ServerSpec empty() {
    return empty;
  }

  /**
   * The app server's embedded database, for benchmarks that prepare data or change settings in it:
   * names and roles are server.xml's defaults, which the bench server does not override.
   */
  public Database database() throws IOException {
    String serverXml = Files.readString(config.libertyConfig().resolve("server.xml"));
    return new Database(
        config.jdbcDriver(),
        "jdbc:postgresql://localhost:"
            + config.ports().appDb()
            + "/"
            + variable(serverXml, "db.name"),
        new Database.Role(
            variable(serverXml, "db.owner.user"), variable(serverXml, "db.owner.password")),
        new Database.Role(variable(serverXml, "db.user"), variable(serverXml, "db.password")));
  }

  /** The default value of a server.xml variable. */
  private static String variable(String serverXml, String name) {
    Matcher matcher =
        Pattern.compile(
                "<variable\\s+name=\"" + Pattern.quote(name) + "\"\\s+defaultValue=\"([^\"]*)\"")
            .matcher(serverXml);
    if (!matcher.find()) {
      throw new IllegalStateException("server.xml has no variable " + name);
    }
    return matcher.group(1);
  }

  /** Creates the server unless this run already did: for benchmarks that need no first start. */
  public void ensureCreated(ServerSpec spec) throws IOException, InterruptedException {
    if (!created.contains(spec)) {
      recreate(spec);
    }
  }

  /**
   * Creates the server from scratch: new workarea, and for the app a new data directory, so that
   * its next start is a first start (initdb included).
   */
  public void recreate(ServerSpec spec) throws IOException, InterruptedException {
    Path dir = servers.create(spec);
    created.add(spec);
    copyLibertyConfig(dir);
    appendServerEnv(dir, spec);
    String serverXml = Files.readString(config.libertyConfig().resolve("server.xml"));
    if (spec.equals(app) || spec.equals(secondApp)) {
      Path war = appWarLocation(dir, serverXml);
      Files.createDirectories(war.getParent());
      Files.copy(config.war(), war, StandardCopyOption.REPLACE_EXISTING);
      installJdbcDriver();
      Servers.deleteRecursively(
          spec.equals(app) ? dataDir : Path.of(spec.env().get("ATRIUM_DATA_DIR")));
    } else {
      Files.writeString(dir.resolve("server.xml"), EmptyApp.serverXml(serverXml));
      EmptyApp.writeWar(dir.resolve("dropins").resolve(EmptyApp.WAR_NAME));
    }
  }

  /**
   * Where server.xml expects the WAR: the location of its webApplication element, under apps/;
   * without one (the context root is in the WAR's ibm-web-ext.xml), Liberty's dropins.
   */
  private static Path appWarLocation(Path serverDir, String serverXml) {
    Matcher declared =
        Pattern.compile("<webApplication\\b[^>]*\\blocation=\"([^\"]+)\"").matcher(serverXml);
    if (declared.find()) {
      return serverDir.resolve("apps").resolve(declared.group(1));
    }
    return serverDir.resolve("dropins/atrium.war");
  }

  /**
   * Every file of liberty/ (server.xml, jvm.options, ...) and its cluster/ folder (what CLUSTER=on
   * includes), as the build's own servers get.
   */
  private void copyLibertyConfig(Path serverDir) throws IOException {
    copyFiles(config.libertyConfig(), serverDir);
    copyFiles(config.libertyConfig().resolve("cluster"), serverDir.resolve("cluster"));
  }

  private static void copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * Appended, not replaced: {@code server create} puts the generated keystore password there.
   * Written to the server rather than only passed to the launcher, so that starting the server by
   * hand ({@code bin/server start benchApp}) gives the same setup.
   */
  private static void appendServerEnv(Path serverDir, ServerSpec spec) throws IOException {
    StringBuilder env = new StringBuilder("\n");
    spec.env().forEach((key, value) -> env.append(key).append('=').append(value).append('\n'));
    Files.writeString(
        serverDir.resolve("server.env"), env, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /**
   * The driver goes into the installation's shared library, which every server of this installation
   * reads (server.xml's global library). The build's liberty:create may have put it there already
   * under another name; a second copy would load the driver twice.
   */
  private void installJdbcDriver() throws IOException {
    Path jdbc = servers.sharedDir().resolve("resources/jdbc");
    Files.createDirectories(jdbc);
    try (Stream<Path> jars = Files.list(jdbc)) {
      if (jars.anyMatch(j -> j.getFileName().toString().startsWith("postgresql"))) {
        return;
      }
    }
    Files.copy(config.jdbcDriver(), jdbc.resolve(config.jdbcDriver().getFileName()));
  }
}
