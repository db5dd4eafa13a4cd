package io.atrium.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which entries to list; every criterion is optional. Entity type and id match exactly, person is
 * part of the actor's name (any case), and the dates are days in the tenant's time zone, both
 * included.
 */
public record AuditFilter(
    String entityType, String entityId, String person, LocalDate from, LocalDate to)
    implements Serializable {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
