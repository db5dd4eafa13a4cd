package io.atrium.web;

import io.atrium.shared.push.LiveChannel;
import io.atrium.shared.push.LivePush;
import io.atrium.shared.push.LivePushes;
import io.atrium.shared.web.TodayChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells the tenant's open operations homes, on every server, that something they count changed,
 * once it is committed: their socket ({@code <o:socket channel="home">}, user naming the tenant)
 * re-renders the tiles. One address per tenant, as each home re-reads only its caller's centres;
 * another tenant's homes hear nothing.
 */
@ApplicationScoped
public class HomePush implements LiveChannel {

  /** The socket message, also the ajax event the home listens to. */
  static final String EVENT = "today";

  private static final String CHANNEL = "home";

  @Inject
  @Push(channel = CHANNEL)
  PushContext home;

  @Inject LivePushes pushes;

  static String socketUser(long tenantId) {
    return "home:" + tenantId;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TodayChanged change) {
    pushes.publish(new LivePush(CHANNEL, change.tenantId(), ""));
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  /** The whole tenant: no target. */
  @Override
  public Optional<String> socketUser(long tenantId, String target) {
    return target.isEmpty() ? Optional.of(socketUser(tenantId)) : Optional.empty();
  }

  @Override
  public void send(Collection<String> socketUsers) {
    home.send(EVENT, socketUsers);
  }
}
