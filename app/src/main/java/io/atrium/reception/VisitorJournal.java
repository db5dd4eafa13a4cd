package io.atrium.reception;

import io.atrium.audit.Actor;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * What every step of a visitor leaves behind, in the step's transaction: an audit entry (state and
 * dates only, no personal data, as the log outlives the retention purge) and the event that updates
 * the centre's reception dashboards after commit.
 */
@ApplicationScoped
class VisitorJournal {

  @Inject AuditTrail trail;

  @Inject Tenancy tenancy;

  @Inject Event<VisitorChanged> changed;

  Visitor recorded(Visitor visitor, String action, Visitor.State before) {
    return recorded(visitor, action, before, null);
  }

  /** A visit moved with its booking: the day and time it was expected at, and now. */
  Visitor rescheduled(Visitor visitor, java.time.LocalDate day, java.time.LocalTime time) {
    trail.record(
        "Visitor",
        visitor.getId(),
        "RESCHEDULE",
        visitor.getCentre().getId(),
        Changes.of()
            .field("expectedDate", day, visitor.getExpectedDate())
            .field("visitTime", time, visitor.getVisitTime()));
    changed.fire(
        new VisitorChanged(
            tenancy.currentTenantId().orElseThrow(), visitor.getCentre().getId(), visitor.getId()));
    return visitor;
  }

  /** The same, by an actor the request does not carry (a kiosk); null: the caller. */
  Visitor recorded(Visitor visitor, String action, Visitor.State before, Actor actor) {
    Long centreId = visitor.getCentre().getId();
    Changes changes =
        Changes.of()
            .field("state", before, visitor.getState())
            // By name, as the log keeps related rows: entries written before this said hostId.
            .field("host", null, before == null ? visitor.getHostName() : null)
            .field("expectedDate", null, before == null ? visitor.getExpectedDate() : null);
    if (actor == null) {
      trail.record("Visitor", visitor.getId(), action, centreId, changes);
    } else {
      trail.record(actor, "Visitor", visitor.getId(), action, centreId, changes);
    }
    long tenantId = tenancy.currentTenantId().orElseThrow();
    changed.fire(new VisitorChanged(tenantId, centreId, visitor.getId()));
    return visitor;
  }
}
