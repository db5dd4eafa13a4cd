package io.atrium.shared;

import java.time.LocalDate;

/**
 * How far ahead a day may be planned (an event, a visit): two years. Nothing Atrium plans is booked
 * further ahead, and a typo such as 9999-12-31 or 2062 instead of 2026 is then refused with a
 * message instead of being stored and shown in every list.
 */
public final class Horizon {

  public static final int YEARS = 2;

  /** The bundle key of the refusal, for the field in error. */
  public static final String TOO_FAR = "atrium.date.tooFar";

  private Horizon() {}

  /** Whether the day is past the horizon, counted from today on the clock that matters. */
  public static boolean beyond(LocalDate day, LocalDate today) {
    return day.isAfter(today.plusYears(YEARS));
  }
}
