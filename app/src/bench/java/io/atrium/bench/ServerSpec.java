package io.atrium.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Liberty server to measure.
 *
 * @param name the Liberty server name (directory under usr/servers)
 * @param label short name used in results ("app", "empty")
 * @param httpPort the port its server.xml reads from HTTP_PORT
 * @param readyPaths polled until every one returns 200 to decide the server is ready
 * @param pagePath the page requested by load benchmarks
 * @param user who load clients sign in as before requesting the page; null when the page is open to
 *     anyone (the baseline's)
 * @param env environment of the server process (server.xml variables such as HTTP_PORT)
 * @param companionPidFiles pid files of processes the server starts that daemonize and so are not
 *     its descendants (the embedded PostgreSQL): they must end when the server stops
 */
public record ServerSpec(
    String name,
    String label,
    int httpPort,
    List<String> readyPaths,
    String pagePath,
    SignIn.Credentials user,
    Map<String, String> env,
    List<Path> companionPidFiles) {

  /** The server's root, without a trailing slash. */
  String base() {
    return "http://localhost:" + httpPort;
  }

  String url(String path) {
    return base() + path;
  }
}
