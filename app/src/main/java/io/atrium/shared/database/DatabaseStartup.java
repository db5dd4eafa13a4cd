package io.atrium.shared.database;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Brings the database up before anything else uses it: starts the embedded PostgreSQL when
 * configured, then migrates the schema. If either fails the application does not start, and the
 * embedded server is stopped rather than left orphaned holding its lock.
 */
@ApplicationScoped
public class DatabaseStartup {

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Inject DatabaseSettings settings;

  @Inject DatabaseMigrator migrator;

  /** Typed as AutoCloseable so that zonky's classes load only in embedded mode. */
  private AutoCloseable embedded;

  private volatile boolean migrated;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      if (settings.embedded()) {
        embedded = EmbeddedPostgresServer.start(settings);
      }
      migrator.migrate();
      migrated = true;
    } catch (RuntimeException e) {
      LOG.severe(e.getMessage());
      stop();
      throw e;
    }
  }

  /** True once Flyway has applied every migration of this build. */
  public boolean migrated() {
    return migrated;
  }

  @PreDestroy
  void stop() {
    migrated = false;
    if (embedded != null) {
      try {
        embedded.close();
      } catch (Exception e) {
        LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
      embedded = null;
    }
  }
}
