package io.atrium.shared.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema version readiness reports is the newest migration, not the largest text. */
class DatabaseReadinessTest {

  @Test
  void versionTenIsNewerThanVersionNine() {
    assertEquals("10", DatabaseReadiness.latest(List.of("1", "9", "10", "3.1")));
  }

  @Test
  void subVersionsCountAsNumbers() {
    assertEquals("8.10", DatabaseReadiness.latest(List.of("8.4", "8.10", "8", "7.9")));
    assertEquals("9", DatabaseReadiness.latest(List.of("8.4", "9", "8.10")));
  }

  @Test
  void noMigrationIsNoVersion() {
    assertNull(DatabaseReadiness.latest(List.of()));
  }
}
