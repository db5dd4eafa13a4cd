package io.atrium.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings, passed by the Maven profile as system properties so that the program has no knowledge
 * of the build layout and can also be run by hand. A property left empty takes its default.
 *
 * @param wlp the Liberty installation the servers are created in
 * @param libertyConfig the directory holding the project's server.xml and jvm.options
 * @param war the application's WAR
 * @param jdbcDriver the PostgreSQL driver jar for the server's shared library (and the harness's
 *     own database connections)
 * @param out where results, logs and the benchmark data directory go
 * @param requests page requests per server in the load benchmark
 * @param concurrency concurrent clients in the load benchmarks
 * @param settle pause after ready before the idle memory reading
 * @param startTimeout how long a server may take to become ready before the run fails
 * @param ports the bench servers' ports, apart from the dev server's and the integration tests'
 * @param rls settings of B7 (row-level security on vs off)
 * @param reception settings of B3 (the reception dashboard)
 * @param cluster settings of B8 (one and two servers behind HAProxy)
 */
public record BenchConfig(
    Path wlp,
    Path libertyConfig,
    Path war,
    Path jdbcDriver,
    Path out,
    int requests,
    int concurrency,
    Duration settle,
    Duration startTimeout,
    Ports ports,
    Rls rls,
    Reception reception,
    Cluster cluster) {

  /**
   * Ports of the two bench servers ({@code -Dbench.appHttpPort=...} and so on), for when something
   * else on the machine holds the defaults.
   */
  public record Ports(int appHttp, int appHttps, int appDb, int emptyHttp, int emptyHttps) {}

  /**
   * B7's settings.
   *
   * @param apiPath the API request measured ({@code -Dbench.b7.apiPath}), from the root
   * @param pagePath the page measured ({@code -Dbench.b7.pagePath}), from the root
   * @param requests requests per target in each measurement ({@code -Dbench.b7.requests})
   * @param rounds measurements per mode and target ({@code -Dbench.b7.rounds}, at least 2; 4 by
   *     default)
   */
  public record Rls(String apiPath, String pagePath, int requests, int rounds) {}

  /**
   * B3's settings.
   *
   * @param pagePath the dashboard page ({@code -Dbench.b3.pagePath}), {@code {centre}} standing for
   *     the busy centre's id
   * @param tableId the client id of its lazy table ({@code -Dbench.b3.tableId}, form:table)
   * @param rows rows per table page, as the page shows them
   * @param sessions concurrent staff sessions ({@code -Dbench.b3.sessions}, 8)
   * @param requests page + ajax pairs measured ({@code -Dbench.b3.requests}, 800)
   * @param warmUp page + ajax pairs before ({@code -Dbench.b3.warmup}, 2000), then as many home
   *     pages before the home's measurement
   * @param settle page + ajax pairs per burst after the warm-up ({@code -Dbench.b3.settle}, 500;
   *     twice as many home pages), until one in which the JIT compiler was nearly idle
   */
  public record Reception(
      String pagePath,
      String tableId,
      int rows,
      int sessions,
      int requests,
      int warmUp,
      int settle) {}

  /**
   * B8's settings.
   *
   * @param secondHttp the second Atrium server's HTTP port ({@code -Dbench.b8.secondHttpPort})
   * @param secondHttps its HTTPS port ({@code -Dbench.b8.secondHttpsPort})
   * @param proxy HAProxy's port in front of both ({@code -Dbench.b8.proxyPort}); the one-server
   *     proxy takes the next port
   * @param requests mixed requests per measurement ({@code -Dbench.b8.requests}, 600)
   * @param rounds measurements per setup ({@code -Dbench.b8.rounds}, 3)
   * @param warmUp mixed requests per server before a setup's rounds ({@code -Dbench.b8.warmup},
   *     3000): each server of a setup is compiled as warm as the single one
   * @param settle mixed requests per settling measurement after the warm-up ({@code
   *     -Dbench.b8.settle}, three rounds' worth)
   */
  public record Cluster(
      int secondHttp,
      int secondHttps,
      int proxy,
      int requests,
      int rounds,
      int warmUp,
      int settle) {}

  static BenchConfig fromSystemProperties() {
    // Four by default: on this shared machine one measurement differs from the next by a third.
    int rounds = Integer.getInteger("bench.b7.rounds", 4);
    if (rounds < 2) {
      throw new IllegalArgumentException(
          "-Dbench.b7.rounds must be at least 2: each mode is measured in at least two rounds");
    }
    return new BenchConfig(
        path("bench.wlp"),
        path("bench.libertyConfig"),
        path("bench.war"),
        path("bench.jdbcDriver"),
        path("bench.out"),
        Integer.getInteger("bench.requests", 1000),
        Integer.getInteger("bench.concurrency", 4),
        Duration.ofSeconds(Integer.getInteger("bench.settleSeconds", 5)),
        Duration.ofSeconds(Integer.getInteger("bench.startTimeoutSeconds", 180)),
        new Ports(
            Integer.getInteger("bench.appHttpPort", 9281),
            Integer.getInteger("bench.appHttpsPort", 9544),
            Integer.getInteger("bench.dbPort", 35432),
            Integer.getInteger("bench.emptyHttpPort", 9282),
            Integer.getInteger("bench.emptyHttpsPort", 9545)),
        new Rls(
            rootPath(string("bench.b7.apiPath", "api/companies?page=0&size=50&q=")),
            rootPath(string("bench.b7.pagePath", "directory/companies/list.xhtml")),
            Integer.getInteger("bench.b7.requests", 300),
            rounds),
        new Reception(
            rootPath(string("bench.b3.pagePath", "reception/dashboard.xhtml?centre={centre}")),
            string("bench.b3.tableId", "dashboard:visitors"),
            Integer.getInteger("bench.b3.rows", 25),
            Integer.getInteger("bench.b3.sessions", 8),
            Integer.getInteger("bench.b3.requests", 800),
            Math.max(0, Integer.getInteger("bench.b3.warmup", 2000)),
            Math.max(1, Integer.getInteger("bench.b3.settle", 500))),
        new Cluster(
            Integer.getInteger("bench.b8.secondHttpPort", 9283),
            Integer.getInteger("bench.b8.secondHttpsPort", 9546),
            Integer.getInteger("bench.b8.proxyPort", 9284),
            Integer.getInteger("bench.b8.requests", 600),
            Math.max(1, Integer.getInteger("bench.b8.rounds", 3)),
            Math.max(0, Integer.getInteger("bench.b8.warmup", 3000)),
            Math.max(
                1,
                Integer.getInteger(
                    "bench.b8.settle", 3 * Integer.getInteger("bench.b8.requests", 600)))));
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing system property -D" + property);
    }
    return Path.of(value).toAbsolutePath().normalize();
  }

  private static String string(String property, String defaultValue) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }

  /** "api/me" and "/api/me" alike give "/api/me". */
  private static String rootPath(String path) {
    return path.startsWith("/") ? path : "/" + path;
  }
}
