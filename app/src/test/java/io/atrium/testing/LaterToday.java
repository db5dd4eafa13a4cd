package io.atrium.testing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A visit time still to come today on a centre's clock, for tests that need "expected today": in
 * the last minutes before midnight there is none, so it waits for the new day rather than failing
 * on the time of day CI happens to run at.
 */
public final class LaterToday {

  private static final LocalTime LAST_START = LocalTime.of(23, 55);

  private LaterToday() {}

  /** Today's date and a time a few minutes from now, both on {@code zone}'s clock. */
  public static LocalDateTime at(ZoneId zone) throws Exception {
    if (!Poll.until(
        Duration.ofMinutes(6),
        Duration.ofSeconds(1),
        () -> LocalTime.now(zone).isBefore(LAST_START))) {
      throw new IllegalStateException("the centre's clock did not pass midnight");
    }
    return LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(3);
  }
}
