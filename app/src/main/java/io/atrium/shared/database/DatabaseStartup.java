package io.atrium.shared.database;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Holds the application's start until the database is up and migrated (work begun by {@link
 * DatabaseBootstrap}); if that failed, the application does not start and the log says why.
 */
@ApplicationScoped
public class DatabaseStartup {

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Inject DatabaseBootstrap bootstrap;

  @Inject Event<DatabaseReady> ready;

  private volatile boolean migrated;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      bootstrap.awaitReady();
      migrated = true;
      ready.fire(new DatabaseReady(bootstrap.settings().embedded()));
    } catch (DatabaseUnavailableException e) {
      LOG.severe(e.getMessage());
      bootstrap.stop();
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
    bootstrap.stop();
  }
}
