package io.atrium.shared.health;

import io.atrium.shared.database.DatabaseSettings;
import io.atrium.shared.database.DatabaseStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the application role can open a new database connection right now and the schema is
 * fully migrated. A new connection, not a pooled one: with PostgreSQL shutting down, pooled
 * connections still answered while new ones were refused, and a fifth of the requests failed on a
 * server that said it was ready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject DatabaseStartup startup;

  @Override
  public HealthCheckResponse call() {
    Probe probe = probe(DatabaseSettings.from(ConfigProvider.getConfig()));
    boolean migrated = startup.migrated() && probe.clean();
    return HealthCheckResponse.named("database")
        .status(probe.reachable() && migrated && probe.schemaVersion() != null)
        .withData("reachable", probe.reachable())
        .withData("schemaVersion", probe.schemaVersion() == null ? "none" : probe.schemaVersion())
        .withData("migrationsApplied", probe.reachable() && migrated)
        .build();
  }

  /** What a new connection found: whether it opened, the newest migration, none failed. */
  record Probe(boolean reachable, String schemaVersion, boolean clean) {}

  /** Opens a new connection as the application role and reads Flyway's history through it. */
  static Probe probe(DatabaseSettings settings) {
    try (Connection c = NewConnection.open(settings);
        Statement s = c.createStatement();
        // version is text: max() would rank "9" above "10", so the versions are compared here.
        ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
      List<String> versions = new ArrayList<>();
      boolean clean = true;
      while (rs.next()) {
        if (rs.getString(1) != null) {
          versions.add(rs.getString(1));
        }
        clean &= rs.getBoolean(2);
      }
      return new Probe(true, latest(versions), clean);
    } catch (SQLException e) {
      return new Probe(false, null, false);
    }
  }

  /** The highest of Flyway's versions ("3.1", "10"), compared part by part as numbers. */
  static String latest(Collection<String> versions) {
    return versions.stream().max(DatabaseReadiness::compare).orElse(null);
  }

  private static int compare(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      BigInteger l = i < left.length ? new BigInteger(left[i]) : BigInteger.ZERO;
      BigInteger r = i < right.length ? new BigInteger(right[i]) : BigInteger.ZERO;
      if (l.compareTo(r) != 0) {
        return l.compareTo(r);
      }
    }
    return 0;
  }
}
