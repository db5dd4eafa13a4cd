package io.atrium.shared.health;

import io.atrium.shared.database.DatabaseStartup;
import jakarta.annotation.Resource;
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
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the application role reaches the database and the schema is fully migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/atrium")
  DataSource dataSource;

  @Inject DatabaseStartup startup;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection();
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
      String version = latest(versions);
      return response
          .status(startup.migrated() && clean && version != null)
          .withData("reachable", true)
          .withData("schemaVersion", version == null ? "none" : version)
          .withData("migrationsApplied", startup.migrated() && clean)
          .build();
    } catch (SQLException e) {
      return response.down().withData("reachable", false).build();
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
