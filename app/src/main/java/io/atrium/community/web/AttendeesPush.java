package io.atrium.community.web;

import io.atrium.community.AttendanceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Refreshes the attendee lists staff have open once a change of answers is committed: the attendees
 * page's socket ({@code <o:socket channel="attendees">}, view scope) is addressed by a user naming
 * the tenant and the event, so a page hears about its own event only.
 */
@ApplicationScoped
public class AttendeesPush {

  /** The socket message, also the ajax event the page listens to. */
  static final String EVENT = "attendance";

  @Inject
  @Push(channel = "attendees")
  PushContext attendees;

  /** The socket user of an event's attendee list: unique across tenants. */
  public static String socketUser(long tenantId, long eventId) {
    return tenantId + ":event:" + eventId;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceChanged change) {
    attendees.send(EVENT, socketUser(change.tenantId(), change.eventId()));
  }
}
