package io.atrium.shared.database;

/**
 * Fired once at start, when the schema is migrated: the moment start-up work that needs the
 * database (the first platform administrator, demo tenants) may run.
 */
public record DatabaseReady(boolean embedded) {}
