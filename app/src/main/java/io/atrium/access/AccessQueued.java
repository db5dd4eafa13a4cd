package io.atrium.access;

/**
 * Grants were queued or ended in the current transaction: once it commits, this server's
 * provisioning job makes or revokes them at once instead of at its next tick.
 */
public record AccessQueued() {}
