package io.atrium.bookings;

/**
 * A centre's planning changed: a booking made, moved, confirmed, refused or cancelled. Observed
 * after a successful commit to redraw the centre's open plannings, on every server.
 */
public record PlanningChanged(long tenantId, long centreId) {}
