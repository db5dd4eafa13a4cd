package io.atrium.collection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An overdue invoice as the reminders page lists it, with its late fees not billed yet. */
public record OverdueInvoice(
    long id,
    String number,
    long centreId,
    String buyer,
    LocalDate issueDate,
    LocalDate dueDate,
    BigDecimal gross,
    BigDecimal due,
    String currency,
    String language,
    long daysLate,
    ReminderLevel lastLevel,
    Instant lastSentAt,
    LateFee lateFee)
    implements Serializable {}
