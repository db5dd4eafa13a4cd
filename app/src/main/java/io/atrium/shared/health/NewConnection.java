package io.atrium.shared.health;

import io.atrium.shared.database.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens a connection of its own, outside the pool: a pooled connection opened before PostgreSQL
 * began refusing new ones still answers, so only a new one tells whether the requests that need a
 * new connection will get one.
 */
final class NewConnection {

  /** Short enough that a probe answers well before a load balancer's or kubelet's own timeout. */
  static final int TIMEOUT_SECONDS = 3;

  private NewConnection() {}

  static Connection open(DatabaseSettings settings) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", settings.appUser());
    properties.setProperty("password", settings.appPassword());
    properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("ApplicationName", "atrium-readiness");
    return DriverManager.getConnection(settings.jdbcUrl(), properties);
  }
}
