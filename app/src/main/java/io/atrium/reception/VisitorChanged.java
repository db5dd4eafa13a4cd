package io.atrium.reception;

/**
 * A visitor of a centre changed (invited, arrived, approved...). Observed after a successful commit
 * to update the centre's open reception dashboards.
 */
public record VisitorChanged(long tenantId, long centreId, long visitorId) {}
