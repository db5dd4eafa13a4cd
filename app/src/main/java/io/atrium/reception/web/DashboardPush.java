package io.atrium.reception.web;

import io.atrium.reception.VisitorChanged;
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
 * Tells the open reception dashboards of a centre, on every server, that one of its visitors
 * changed, once the change is committed: their socket ({@code <o:socket channel="reception">}, user
 * {@code tenant:centre}) then re-renders the counts and the table. Another tenant's or centre's
 * dashboards hear nothing.
 */
@ApplicationScoped
public class DashboardPush implements LiveChannel {

  /** The socket message, also the ajax event the dashboard listens to. */
  static final String EVENT = "changed";

  private static final String CHANNEL = "reception";

  @Inject
  @Push(channel = CHANNEL)
  PushContext reception;

  @Inject LivePushes pushes;

  /** The socket user of a centre's dashboards: unique across tenants. */
  static String socketUser(long tenantId, long centreId) {
    return tenantId + ":" + centreId;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitorChanged change) {
    pushes.publish(new LivePush(CHANNEL, change.tenantId(), Long.toString(change.centreId())));
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  /** The target is the centre's id. */
  @Override
  public Optional<String> socketUser(long tenantId, String target) {
    return LiveChannel.id(target).map(centre -> socketUser(tenantId, centre));
  }

  @Override
  public void send(Collection<String> socketUsers) {
    reception.send(EVENT, socketUsers);
  }
}
