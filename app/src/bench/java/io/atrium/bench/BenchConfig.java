package io.atrium.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings, passed by the Maven profile as system properties so that the program has no knowledge
 * of the build layout and can also be run by hand.
 *
 * @param wlp the Liberty installation the servers are created in
 * @param libertyConfig the directory holding the project's server.xml and jvm.options
 * @param war the application's WAR
 * @param jdbcDriver the PostgreSQL driver jar for the server's shared library
 * @param out where results, logs and the benchmark data directory go
 * @param requests page requests per server in the load benchmark
 * @param concurrency concurrent clients in the load benchmark
 * @param settle pause after ready before the idle memory reading
 * @param startTimeout how long a server may take to become ready before the run fails
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
    Duration startTimeout) {

  static BenchConfig fromSystemProperties() {
    return new BenchConfig(
        path("bench.wlp"),
        path("bench.libertyConfig"),
        path("bench.war"),
        path("bench.jdbcDriver"),
        path("bench.out"),
        Integer.getInteger("bench.requests", 1000),
        Integer.getInteger("bench.concurrency", 4),
        Duration.ofSeconds(Integer.getInteger("bench.settleSeconds", 5)),
        Duration.ofSeconds(Integer.getInteger("bench.startTimeoutSeconds", 180)));
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing system property -D" + property);
    }
    return Path.of(value).toAbsolutePath().normalize();
  }
}
