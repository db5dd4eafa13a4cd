package io.atrium.community;

/**
 * Someone answered, withdrew, was promoted or checked in, or the event was cancelled. Observed
 * after commit, to refresh the attendee lists staff have open.
 */
public record AttendanceChanged(long tenantId, long eventId) {}
