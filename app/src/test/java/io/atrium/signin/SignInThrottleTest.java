package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sign-in throttle's delays and keys. */
class SignInThrottleTest {

  @Test
  void freeFailuresThenADelayThatDoublesUpToFifteenMinutes() {
    int free = SignInThrottle.ACCOUNT.freeFailures();
    assertEquals(5, free);
    for (int failures = 0; failures < free; failures++) {
      assertEquals(Duration.ZERO, SignInThrottle.delayAfter(failures, free));
    }
    assertEquals(Duration.ofSeconds(30), SignInThrottle.delayAfter(5, free));
    assertEquals(Duration.ofMinutes(1), SignInThrottle.delayAfter(6, free));
    assertEquals(Duration.ofMinutes(2), SignInThrottle.delayAfter(7, free));
    assertEquals(Duration.ofMinutes(8), SignInThrottle.delayAfter(9, free));
    assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(10, free));
    assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(1_000_000, free));
  }

  @Test
  void anAccountKeyIsTheTypedWordsWhetherTheAccountExistsOrNot() {
    assertEquals(
        SignInThrottle.accountKey("203.0.113.7", "Lumiere ", " Admin@Lumiere.test"),
        SignInThrottle.accountKey("203.0.113.7", "lumiere", "admin@lumiere.test"));
    assertNotEquals(
        SignInThrottle.accountKey("203.0.113.7", "lumiere", "admin@lumiere.test"),
        SignInThrottle.accountKey("203.0.113.8", "lumiere", "admin@lumiere.test"),
        "another address counts apart: a stranger cannot slow the owner down");
    assertNotEquals(
        SignInThrottle.addressKey("203.0.113.7"), SignInThrottle.accountKey("203.0.113.7", "", ""));
  }
}
