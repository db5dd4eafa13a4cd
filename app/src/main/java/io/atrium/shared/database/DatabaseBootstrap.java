package io.atrium.shared.database;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the database work the moment CDI boots: the embedded PostgreSQL (when configured) and the
 * Flyway migrations run on their own thread while Liberty goes on deploying the rest of the
 * application, which takes seconds off every start. {@link DatabaseStartup} waits for it before the
 * application takes requests. Stopping the application stops the embedded server, so it is never
 * left orphaned holding its lock.
 */
public class DatabaseBootstrap implements Extension {

  private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());

  private final CompletableFuture<AutoCloseable> ready = new CompletableFuture<>();

  private volatile DatabaseSettings settings;

  void begin(@Observes BeforeBeanDiscovery event) {
    ClassLoader app = DatabaseBootstrap.class.getClassLoader();
    settings = DatabaseSettings.from(ConfigProvider.getConfig(app));
    Thread worker = new Thread(() -> prepare(settings), "atrium-database-start");
    worker.setContextClassLoader(app);
    worker.setDaemon(true);
    worker.start();
  }

  private void prepare(DatabaseSettings settings) {
    AutoCloseable embedded = null;
    try {
      if (settings.embedded()) {
        // Only this branch loads zonky's classes, so a build without them runs external mode.
        embedded = EmbeddedPostgresServer.start(settings);
      }
      DatabaseMigrator.migrate(settings);
      ready.complete(embedded);
    } catch (RuntimeException | Error e) {
      close(embedded);
      ready.completeExceptionally(e);
    }
  }

  /**
   * Blocks until the database is up and migrated.
   *
   * @throws DatabaseUnavailableException saying why, in one line, when it could not be prepared
   */
  void awaitReady() {
    try {
      ready.get();
    } catch (ExecutionException e) {
      throw new DatabaseUnavailableException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseUnavailableException("Interrupted while the database was starting", e);
    }
  }

  DatabaseSettings settings() {
    return settings;
  }

  void stop(@Observes BeforeShutdown event) {
    stop();
  }

  void stop() {
    ready.thenAccept(DatabaseBootstrap::close);
  }

  private static void close(AutoCloseable embedded) {
    if (embedded == null) {
      return;
    }
    try {
      embedded.close();
    } catch (Exception e) {
      LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
