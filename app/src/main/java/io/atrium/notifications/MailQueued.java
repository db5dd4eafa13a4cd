package io.atrium.notifications;

/**
 * A transaction wrote mail to the outbox (fired once, however many it wrote). Observed after a
 * successful commit, to deliver it at once rather than at the next poll; a rolled-back transaction
 * never fires it, and never leaves a mail.
 */
public record MailQueued(long tenantId) {}
