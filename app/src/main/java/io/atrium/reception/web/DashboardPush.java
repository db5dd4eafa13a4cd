package io.atrium.reception.web;

import io.atrium.reception.VisitorChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells the open reception dashboards of a centre that one of its visitors changed, once the change
 * is committed: their socket ({@code <o:socket channel="reception">}, user {@code tenant:centre})
 * then re-renders the counts and the table. Another tenant's or centre's dashboards hear nothing.
 */
@ApplicationScoped
public class DashboardPush {

  /** The socket message, also the ajax event the dashboard listens to. */
  static final String EVENT = "changed";

  @Inject
  @Push(channel = "reception")
  PushContext reception;

  /** The socket user of a centre's dashboards: unique across tenants. */
  static String socketUser(long tenantId, long centreId) {
    return tenantId + ":" + centreId;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitorChanged change) {
    reception.send(EVENT, socketUser(change.tenantId(), change.centreId()));
  }
}
