package io.atrium.bookings.web;

import io.atrium.bookings.PlanningChanged;
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
 * Redraws the plannings staff have open, on every server, once a booking of their centre changed:
 * the planning's socket ({@code <o:socket channel="planning">}) is addressed by a user naming the
 * tenant and the centre.
 */
@ApplicationScoped
public class PlanningPush implements LiveChannel {

  /** The socket message, also the ajax event the page listens to. */
  static final String EVENT = "changed";

  private static final String CHANNEL = "planning";

  @Inject
  @Push(channel = CHANNEL)
  PushContext planning;

  @Inject LivePushes pushes;

  /** The socket user of a centre's planning: unique across tenants. */
  public static String socketUser(long tenantId, long centreId) {
    return tenantId + ":planning:" + centreId;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanningChanged change) {
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
    planning.send(EVENT, socketUsers);
  }
}
