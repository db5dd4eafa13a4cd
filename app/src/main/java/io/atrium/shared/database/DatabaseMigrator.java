package io.atrium.shared.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the SQL migrations under {@code db/migration} as the owner role.
 *
 * <p>The application role's name is a placeholder ({@code ${appRole}}) so that grants follow the
 * configured role, embedded or external.
 */
@ApplicationScoped
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Inject DatabaseSettings settings;

  public MigrateResult migrate() {
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(
                settings.jdbcUrl(settings.name()), settings.ownerUser(), settings.ownerPassword())
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", settings.appUser()))
            .failOnMissingLocations(true)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version %s (%d migrations applied now)"
                .formatted(
                    flyway.info().current() == null ? "none" : flyway.info().current().getVersion(),
                    result.migrationsExecuted));
    return result;
  }
}
