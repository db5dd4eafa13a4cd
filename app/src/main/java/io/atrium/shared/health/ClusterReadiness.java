package io.atrium.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * With the session cache on (CLUSTER=on), ready only while this server's Hazelcast member accepts
 * connections: without it no session can be read or written, so every signed-in page would fail.
 * Other members being absent is no reason to refuse traffic (the first server starts alone). With
 * the cluster off it says so and is always up.
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

  private static final int TIMEOUT_MILLIS = 2_000;

  @Inject
  @ConfigProperty(name = "cluster", defaultValue = "off")
  String cluster;

  @Inject
  @ConfigProperty(name = "atrium.cluster.interface", defaultValue = "127.0.0.1")
  String memberHost;

  @Inject
  @ConfigProperty(name = "atrium.cluster.port", defaultValue = "5701")
  int memberPort;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("cluster");
    if (!"on".equals(cluster)) {
      return response.up().withData("sessionCache", "off").build();
    }
    String member = memberHost + ":" + memberPort;
    return response
        .status(reachable(memberHost, memberPort))
        .withData("sessionCache", "hazelcast")
        .withData("member", member)
        .build();
  }

  static boolean reachable(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
