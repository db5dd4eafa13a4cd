package io.atrium.shared.health;

import io.atrium.shared.database.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
        ResultSet rs =
            s.executeQuery(
                "SELECT max(version), count(*) FILTER (WHERE NOT success) FROM flyway_schema_history")) {
      rs.next();
      String version = rs.getString(1);
      boolean clean = rs.getLong(2) == 0;
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
}
