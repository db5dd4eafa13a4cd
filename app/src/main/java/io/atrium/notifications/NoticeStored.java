package io.atrium.notifications;

import io.atrium.identity.AtriumPrincipal;

/**
 * A notice was stored for a person. Observed after a successful commit, to update the bell on the
 * pages that person has open.
 */
public record NoticeStored(long tenantId, AtriumPrincipal.Kind recipientKind, long recipientId) {}
