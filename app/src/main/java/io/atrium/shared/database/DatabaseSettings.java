package io.atrium.shared.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the database is and who connects to it: server.xml variables, overridable by env vars. */
@ApplicationScoped
public class DatabaseSettings {

  @Inject
  @ConfigProperty(name = "db.embedded", defaultValue = "true")
  boolean embedded;

  @Inject
  @ConfigProperty(name = "db.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "db.port", defaultValue = "15432")
  int port;

  @Inject
  @ConfigProperty(name = "db.name", defaultValue = "atrium")
  String name;

  @Inject
  @ConfigProperty(name = "db.user", defaultValue = "atrium_app")
  String appUser;

  @Inject
  @ConfigProperty(name = "db.password", defaultValue = "atrium_app")
  String appPassword;

  @Inject
  @ConfigProperty(name = "db.owner.user", defaultValue = "atrium_owner")
  String ownerUser;

  @Inject
  @ConfigProperty(name = "db.owner.password", defaultValue = "atrium_owner")
  String ownerPassword;

  @Inject
  @ConfigProperty(name = "atrium.data.dir")
  Optional<String> dataDir;

  public boolean embedded() {
    return embedded;
  }

  public int port() {
    return port;
  }

  public String name() {
    return name;
  }

  public String appUser() {
    return appUser;
  }

  public String appPassword() {
    return appPassword;
  }

  public String ownerUser() {
    return ownerUser;
  }

  public String ownerPassword() {
    return ownerPassword;
  }

  /** Atrium's own files (embedded database, generated keys): ~/.atrium unless configured. */
  public Path dataDir() {
    return dataDir
        .map(dir -> Path.of(dir).toAbsolutePath())
        .orElse(Path.of(System.getProperty("user.home"), ".atrium"));
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }
}
