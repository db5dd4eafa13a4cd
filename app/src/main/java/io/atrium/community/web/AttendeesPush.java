package io.atrium.community.web;

import io.atrium.community.AttendanceChanged;
import io.atrium.shared.push.LiveChannel;
import io.atrium.shared.push.LivePush;
import io.atrium.shared.push.LivePushes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Refreshes the attendee lists staff have open, on every server, once a change of answers is
 * committed: the attendees page's socket ({@code <o:socket channel="attendees">}, view scope) is
 * addressed by a user naming the tenant and the event, so a page hears about its own event only.
 */
@ApplicationScoped
public class AttendeesPush implements LiveChannel {

  /** The socket message, also the ajax event the page listens to. */
  static final String EVENT = "attendance";

  private static final String CHANNEL = "attendees";

  @Inject
  @Push(channel = CHANNEL)
  PushContext attendees;

  @Inject LivePushes pushes;

  /** The socket user of an event's attendee list: unique across tenants. */
  public static String socketUser(long tenantId, long eventId) {
    return tenantId + ":event:" + eventId;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceChanged change) {
    pushes.publish(new LivePush(CHANNEL, change.tenantId(), Long.toString(change.eventId())));
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  /** The target is the event's id. */
  @Override
  public Optional<String> socketUser(long tenantId, String target) {
    return LiveChannel.id(target).map(event -> socketUser(tenantId, event));
  }

  @Override
  public void send(Collection<String> socketUsers) {
    attendees.send(EVENT, socketUsers);
  }
}
