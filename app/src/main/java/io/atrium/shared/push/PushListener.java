package io.atrium.shared.push;

import io.atrium.shared.database.DatabaseReady;
import io.atrium.shared.database.DatabaseSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Listens for the other servers' pushes on one connection of its own, outside the pool (a pooled
 * connection would be handed to others and stop listening), on a managed thread. When the
 * connection is lost it reconnects with a growing wait and, as notifications sent meanwhile are
 * lost, resynchronises this server's open pages. Started only when the cluster is on.
 */
@ApplicationScoped
public class PushListener {

  /** How the listener's connection shows in {@code pg_stat_activity}. */
  static final String APPLICATION_NAME = "atrium-push-listener";

  private static final Logger LOG = Logger.getLogger(PushListener.class.getName());
  private static final Duration FIRST_RETRY = Duration.ofMillis(200);
  private static final Duration LAST_RETRY = Duration.ofSeconds(15);

  /** How long a wait for notifications lasts before the connection is checked. */
  private static final int CHECK_MILLIS = 10_000;

  @Inject LivePushes pushes;

  @Resource ManagedThreadFactory threads;

  private final Object pause = new Object();
  private volatile boolean stopped;
  private volatile Connection connection;

  void start(@Observes DatabaseReady ready) {
    if (pushes.clustered()) {
      DatabaseSettings settings = DatabaseSettings.from(ConfigProvider.getConfig());
      threads.newThread(() -> listen(settings)).start();
    }
  }

  /**
   * Before any bean goes, the embedded database included: its shutdown would otherwise read as a
   * lost connection to retry.
   */
  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
    stop();
  }

  @PreDestroy
  void stop() {
    stopped = true;
    synchronized (pause) {
      pause.notifyAll();
    }
    Connection current = connection;
    if (current != null) {
      try {
        current.close();
      } catch (SQLException e) {
        // Stopping anyway.
      }
    }
  }

  private void listen(DatabaseSettings settings) {
    Duration wait = FIRST_RETRY;
    while (!stopped) {
      try (Connection listening = open(settings)) {
        connection = listening;
        try (Statement listen = listening.createStatement()) {
          listen.execute("LISTEN " + LivePushes.NOTIFY_CHANNEL);
        }
        LOG.info("Listening for the other servers' live pushes as server " + pushes.server());
        wait = FIRST_RETRY;
        pushes.resync();
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (!stopped) {
          PGNotification[] arrived = notifications.getNotifications(CHECK_MILLIS);
          if (arrived == null || arrived.length == 0) {
            if (!listening.isValid(5)) {
              throw new SQLException("the connection stopped answering");
            }
            continue;
          }
          for (PGNotification notification : arrived) {
            pushes.receive(notification.getParameter());
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (stopped) {
          return;
        }
        LOG.warning(
            "Not hearing the other servers' live pushes ("
                + e.getMessage()
                + "); trying again in "
                + wait.toMillis()
                + " ms");
        if (!pause(wait)) {
          return;
        }
        wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
      }
    }
  }

  private static Connection open(DatabaseSettings settings) throws SQLException {
    var source = new PGSimpleDataSource();
    source.setUrl(settings.jdbcUrl());
    source.setUser(settings.appUser());
    source.setPassword(settings.appPassword());
    source.setApplicationName(APPLICATION_NAME);
    source.setConnectTimeout(5);
    source.setTcpKeepAlive(true);
    return source.getConnection();
  }

  /** False when stopped meanwhile. */
  private boolean pause(Duration wait) {
    synchronized (pause) {
      try {
        if (!stopped) {
          pause.wait(wait.toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !stopped;
  }
}
