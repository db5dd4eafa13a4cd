package io.atrium.tenancy.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.tenancy.manifest.OpeningHours.Interval;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  @Test
  void rangesListsAndSeveralIntervals() {
    OpeningHours hours =
        OpeningHours.parse("Mo-We,Fr 08:00-12:00,13:30-20:00; Th 10:00-18:00;Sa 09:00-13:00");
    List<Interval> split = List.of(interval("08:00", "12:00"), interval("13:30", "20:00"));
    assertEquals(split, hours.on(DayOfWeek.MONDAY));
    assertEquals(split, hours.on(DayOfWeek.WEDNESDAY));
    assertEquals(split, hours.on(DayOfWeek.FRIDAY));
    assertEquals(List.of(interval("10:00", "18:00")), hours.on(DayOfWeek.THURSDAY));
    assertEquals(List.of(interval("09:00", "13:00")), hours.on(DayOfWeek.SATURDAY));
    assertTrue(hours.on(DayOfWeek.SUNDAY).isEmpty());
  }

  @Test
  void aWholeDay() {
    assertEquals(
        List.of(interval("00:00", "23:59")),
        OpeningHours.parse("Mo-Su 00:00-23:59").on(DayOfWeek.SUNDAY));
  }

  @Test
  void mistakesAreExplained() {
    assertProblem("Mo-Fx 08:00-20:00", "\"Fx\": not a day; use Mo, Tu, We, Th, Fr, Sa, Su");
    assertProblem("Fr-Mo 08:00-20:00", "\"Fr-Mo\": a range goes from Monday towards Sunday");
    assertProblem(
        "Mo-Fr 20:00-08:00",
        "\"20:00-08:00\": closes before it opens (overnight is not supported)");
    assertProblem(
        "Mo 08:00-08:00", "\"08:00-08:00\": closes before it opens (overnight is not supported)");
    assertProblem("Mo 08:00-24:00", "\"08:00-24:00\": 24:00 is not a time of day");
    assertProblem("Mo 8:00-20:00", "\"8:00-20:00\": not an interval such as 08:00-20:00");
    assertProblem(
        "Mo 08:00-13:00,12:00-18:00",
        "\"08:00-13:00,12:00-18:00\": intervals must be in order and must not overlap");
    assertProblem("Mo-Fr 08:00-20:00; Fr 09:00-12:00", "\"Fr 09:00-12:00\": Fr is already given");
    assertProblem("Mo-Fr", "\"Mo-Fr\": days and hours are needed, as in Mo-Fr 08:00-20:00");
    assertProblem("Mo-Fr 08:00-20:00;", "an empty rule between semicolons");
    assertProblem(" ", "no opening hours; write for example Mo-Fr 08:00-20:00");
  }

  @Test
  void aBookingFitsWhenOneOpeningHoldsItWhole() {
    OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-12:00,13:00-20:00; Sa 00:00-23:59");
    // 2031-03-03 is a Monday.
    assertTrue(hours.holds(at("2031-03-03T08:00"), at("2031-03-03T12:00")), "the end excluded");
    assertTrue(hours.holds(at("2031-03-03T13:30"), at("2031-03-03T20:00")));
    assertFalse(hours.holds(at("2031-03-03T07:30"), at("2031-03-03T09:00")), "before opening");
    assertFalse(hours.holds(at("2031-03-03T11:00"), at("2031-03-03T14:00")), "over the break");
    assertFalse(hours.holds(at("2031-03-03T19:00"), at("2031-03-03T20:30")), "after closing");
    assertFalse(hours.holds(at("2031-03-09T10:00"), at("2031-03-09T11:00")), "Sunday: closed");
    assertTrue(
        hours.holds(at("2031-03-08T22:00"), at("2031-03-09T00:00")), "23:59 closes at midnight");
    assertFalse(hours.holds(at("2031-03-07T19:00"), at("2031-03-08T09:00")), "overnight");
  }

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }

  private static void assertProblem(String text, String problem) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse(text));
    assertEquals(problem, e.getMessage());
  }

  private static Interval interval(String opens, String closes) {
    return new Interval(LocalTime.parse(opens), LocalTime.parse(closes));
  }
}
