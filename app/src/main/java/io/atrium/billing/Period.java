package io.atrium.billing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Days from {@code start} to {@code end}, both included. */
public record Period(LocalDate start, LocalDate end) implements Serializable {

  public static Period month(YearMonth month) {
    return new Period(month.atDay(1), month.atEndOfMonth());
  }

  /** The month before a month's period: what a run bills in arrears. */
  public Period previousMonth() {
    return month(YearMonth.from(start).minusMonths(1));
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The days of this period between {@code from} and {@code to} (nulls: open), or null if none. */
  public Period within(LocalDate from, LocalDate to) {
    LocalDate s = from == null || from.isBefore(start) ? start : from;
    LocalDate e = to == null || to.isAfter(end) ? end : to;
    return e.isBefore(s) ? null : new Period(s, e);
  }
}
