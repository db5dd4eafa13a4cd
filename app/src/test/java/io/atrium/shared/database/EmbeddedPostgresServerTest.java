package io.atrium.shared.database;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

  private String user;

  @BeforeEach
  void pretendToBeRoot() {
    user = System.getProperty("user.name");
    System.setProperty("user.name", "root");
  }

  @AfterEach
  void restoreUser() {
    System.setProperty("user.name", user);
  }

  @Test
  void runningAsRootIsExplainedInOneLineWithTheWayOut() {
    var settings =
        new DatabaseSettings(
            true,
            "localhost",
            45432,
            "atrium",
            "app",
            "app",
            "owner",
            "owner",
            Path.of("target/never-created"));
    var refused =
        assertThrows(
            DatabaseUnavailableException.class,
            () -> EmbeddedPostgresServer.start(settings).close());
    String message = refused.getMessage();
    assertTrue(message.contains("root"), message);
    assertTrue(message.contains("DB_EMBEDDED=false"), message);
    assertTrue(message.lines().count() == 1, message);
  }
}
