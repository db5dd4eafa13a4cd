package io.atrium.shared.database;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the database is and who connects to it: server.xml variables, overridable by environment
 * variables (see README). Read from the Config directly because the database starts before CDI
 * beans exist.
 */
public record DatabaseSettings(
    boolean embedded,
    String host,
    int port,
    String name,
    String appUser,
    String appPassword,
    String ownerUser,
    String ownerPassword,
    Path dataDir) {

  public static DatabaseSettings from(Config config) {
    return new DatabaseSettings(
        value(config, "db.embedded", Boolean.class).orElse(true),
        value(config, "db.host", String.class).orElse("localhost"),
        value(config, "db.port", Integer.class).orElse(15432),
        value(config, "db.name", String.class).orElse("atrium"),
        value(config, "db.user", String.class).orElse("atrium_app"),
        value(config, "db.password", String.class).orElse("atrium_app"),
        value(config, "db.owner.user", String.class).orElse("atrium_owner"),
        value(config, "db.owner.password", String.class).orElse("atrium_owner"),
        value(config, "atrium.data.dir", String.class)
            .map(dir -> Path.of(dir).toAbsolutePath())
            .orElse(Path.of(System.getProperty("user.home"), ".atrium")));
  }

  private static <T> Optional<T> value(Config config, String key, Class<T> type) {
    return config.getOptionalValue(key, type);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }
}
