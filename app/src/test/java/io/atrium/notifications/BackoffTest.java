package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff defaults = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 12);

  @Test
  void eachFailureDoublesTheWaitFromTheBase() {
    assertEquals(Duration.ofSeconds(30), defaults.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), defaults.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), defaults.delayAfter(3));
    assertEquals(Duration.ofMinutes(32), defaults.delayAfter(7));
  }

  @Test
  void theWaitNeverExceedsOneHour() {
    assertEquals(Duration.ofHours(1), defaults.delayAfter(8));
    assertEquals(Duration.ofHours(1), defaults.delayAfter(11));
    assertEquals(Duration.ofHours(1), defaults.delayAfter(64), "no overflow");
    assertEquals(Duration.ofHours(1), defaults.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void theDefaultsKeepTryingForAboutSixHours() {
    Duration total = Duration.ZERO;
    for (int failures = 1; failures < 12; failures++) {
      total = total.plus(defaults.delayAfter(failures));
    }
    assertTrue(total.compareTo(Duration.ofHours(5)) > 0, total.toString());
    assertTrue(total.compareTo(Duration.ofHours(7)) < 0, total.toString());
  }

  @Test
  void theTwelfthFailureIsTheLast() {
    assertFalse(defaults.exhausted(11));
    assertTrue(defaults.exhausted(12));
  }

  @Test
  void theNextAttemptIsThatWaitFromNow() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    assertEquals(Instant.parse("2026-03-01T10:01:00Z"), defaults.nextAttempt(2, now));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofHours(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(Duration.ofHours(2), Duration.ofHours(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(1), Duration.ofHours(1), 0));
  }
}
