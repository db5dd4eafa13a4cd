package io.atrium.shared.web;

/**
 * Something the operations home counts changed in a tenant (a visitor arrived, a ticket was
 * raised...). A capability's tile fires it inside the change's transaction; the home pushes it to
 * the tenant's open homes once committed.
 */
public record TodayChanged(long tenantId) {}
