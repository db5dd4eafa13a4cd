package io.atrium.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has head-room: a server out of memory should be restarted, not waited on. */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

  private static final double MAX_HEAP_USED = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    double ratio = (double) used / rt.maxMemory();
    return HealthCheckResponse.named("server")
        .status(ratio < MAX_HEAP_USED)
        .withData("heapUsedPercent", Math.round(ratio * 100))
        .build();
  }
}
