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
    if (spec.equals(app)) {
      Path war = appWarLocation(dir, serverXml);
      Files.createDirectories(war.getParent());
      Files.copy(config.war(), war, StandardCopyOption.REPLACE_EXISTING);
      installJdbcDriver();
      Servers.deleteRecursively(dataDir);
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

  /** Every file of liberty/ (server.xml, jvm.options, ...), as the build's own servers get. */
  private void copyLibertyConfig(Path serverDir) throws IOException {
    try (Stream<Path> files = Files.list(config.libertyConfig())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(
            file, serverDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
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
