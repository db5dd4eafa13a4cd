package io.atrium.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (the Debian package) in front of Atrium servers, configured as the issue asks: pages keep
 * a user on one server with a sticky cookie ({@code SRV}), {@code /api} goes round-robin, a server
 * whose {@code /health/ready} fails is taken out, and a request whose server died is sent to
 * another one. Each answer names its server in {@code X-Served-By}, and every request is logged as
 * "server path" to {@link #log()}, so a test can tell which server a browser's pages came from.
 *
 * <p>Only the JDK is used: the benchmark harness ({@code -Pbench}, B8) compiles this class too.
 */
public final class Haproxy implements AutoCloseable {

  /** The response header naming the server that answered ("a", "b"). */
  public static final String SERVED_BY = "X-Served-By";

  private static final List<String> BINARIES = List.of("/usr/sbin/haproxy", "/usr/bin/haproxy");

  /** A server behind the proxy: its name (the SRV cookie's value and X-Served-By) and port. */
  public record Backend(String name, int httpPort) {}

  private final Path dir;
  private final int port;
  private Process process;

  private Haproxy(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** The haproxy executable, from {@code HAPROXY} or the Debian package's place. */
  public static Optional<String> binary() {
    String configured = System.getenv("HAPROXY");
    if (configured != null && new File(configured).canExecute()) {
      return Optional.of(configured);
    }
    return BINARIES.stream().filter(p -> new File(p).canExecute()).findFirst();
  }

  /**
   * Writes the configuration under {@code dir} and starts HAProxy on loopback {@code port}; returns
   * once it accepts connections.
   */
  public static Haproxy start(Path dir, int port, List<Backend> backends)
      throws IOException, InterruptedException {
    String executable =
        binary()
            .orElseThrow(
                () -> new IllegalStateException("haproxy not found (apt-get install haproxy)"));
    Files.createDirectories(dir);
    Path config = dir.resolve("haproxy.cfg");
    Files.writeString(config, config(port, backends));
    var proxy = new Haproxy(dir, port);
    Files.deleteIfExists(proxy.log());
    // -db: stays in the foreground, so this process is HAProxy itself and stops with destroy().
    proxy.process =
        new ProcessBuilder(executable, "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(proxy.log().toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!listening(port)) {
      if (!proxy.process.isAlive() || System.nanoTime() > deadline) {
        proxy.close();
        throw new IllegalStateException(
            "haproxy did not start on port " + port + ": " + Files.readString(proxy.log()));
      }
      Thread.sleep(50);
    }
    return proxy;
  }

  /**
   * The configuration. Health checks every second, out after two failures and back after one
   * success, so that a test of a database outage sees both within seconds. Retries on a connection
   * failure, an empty answer or a timeout, with redispatch, turn the first request after a server
   * dies from a 502 into an answer of the other server. A GET answered 503 (that server cannot
   * reach the database) is tried on the other too. Other methods are retried only when their
   * connection failed, before the server saw them: a POST that reached a server which then died,
   * timed out or answered 503 may have been committed there, and sent again it would invite a
   * visitor twice (as in liberty/haproxy/haproxy.cfg). API calls lose their cookies there too: the
   * API reads only tokens, and a page session id sent to another server moves the session.
   */
  static String config(int port, List<Backend> backends) {
    StringBuilder pages = new StringBuilder();
    StringBuilder api = new StringBuilder();
    for (Backend b : backends) {
      String address = "127.0.0.1:" + b.httpPort();
      pages.append(
          "  server %s %s cookie %s check inter 1s fall 2 rise 1\n"
              .formatted(b.name(), address, b.name()));
      api.append("  server %s %s check inter 1s fall 2 rise 1\n".formatted(b.name(), address));
    }
    return """
        global
          maxconn 1000
          log stdout format raw local0

        defaults
          mode http
          log global
          log-format "%%s %%HU %%ST"
          timeout connect 2s
          timeout client 60s
          timeout server 30s
          timeout queue 10s
          retries 3
          option redispatch
          retry-on conn-failure empty-response response-timeout 503
          option forwardfor
          option httpchk GET /health/ready

        frontend atrium
          bind 127.0.0.1:%1$d
          http-request disable-l7-retry unless METH_GET
          use_backend api if { path_beg /api/ }
          default_backend pages

        backend pages
          balance roundrobin
          cookie SRV insert indirect nocache
          http-response set-header %4$s %%s
        %2$s
        backend api
          balance roundrobin
          http-request del-header Cookie
          http-response set-header %4$s %%s
        %3$s"""
        .formatted(port, pages, api, SERVED_BY);
  }

  /**
   * The proxy's address, the servers' PUBLIC_URL: "localhost", where browsers keep Secure cookies.
   */
  public String base() {
    return "http://localhost:" + port + "/";
  }

  public int port() {
    return port;
  }

  /** HAProxy's output: one line "server path status" per request, after its start-up messages. */
  public Path log() {
    return dir.resolve("haproxy.log");
  }

  /** The lines of {@link #log()} so far. */
  public List<String> logLines() throws IOException {
    return Files.readAllLines(log());
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
