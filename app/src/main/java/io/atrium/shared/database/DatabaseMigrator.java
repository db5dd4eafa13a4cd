package io.atrium.shared.database;

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
final class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  private DatabaseMigrator() {}

  static MigrateResult migrate(DatabaseSettings settings) {
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(settings.jdbcUrl(), settings.ownerUser(), settings.ownerPassword())
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", settings.appUser()))
            .failOnMissingLocations(true)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version %s (%d migrations applied now)"
                .formatted(
                    result.targetSchemaVersion == null
                        ? result.initialSchemaVersion
                        : result.targetSchemaVersion,
                    result.migrationsExecuted));
    return result;
  }
}
