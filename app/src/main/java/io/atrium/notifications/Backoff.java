package io.atrium.notifications;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a message again: after the first failure wait {@code base}, then twice as long each
 * time, never more than {@code cap}; after {@code maxAttempts} failures, stop. With the defaults
 * (30 s, 1 h, 12) a mail keeps trying for about six hours, long enough to ride out an SMTP outage
 * without hammering the server.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

  public Backoff {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("Backoff needs 0 < base <= cap and maxAttempts >= 1");
    }
  }

  /** The wait after the given number of failed attempts (1 for the first failure). */
  public Duration delayAfter(int failures) {
    int doublings = Math.max(0, failures - 1);
    // Past 2^30 times any base the cap has long been reached; shifting further would overflow.
    if (doublings >= 30) {
      return cap;
    }
    long millis = base.toMillis();
    long factor = 1L << doublings;
    return millis > cap.toMillis() / factor ? cap : Duration.ofMillis(millis * factor);
  }

  public Instant nextAttempt(int failures, Instant now) {
    return now.plus(delayAfter(failures));
  }

  public boolean exhausted(int failures) {
    return failures >= maxAttempts;
  }
}
