package io.atrium.web;

import io.atrium.shared.web.TodayChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells the tenant's open operations homes that something they count changed, once it is committed:
 * their socket ({@code <o:socket channel="home">}, user naming the tenant) re-renders the tiles.
 * One address per tenant, as each home re-reads only its caller's centres; another tenant's homes
 * hear nothing.
 */
@ApplicationScoped
public class HomePush {

  /** The socket message, also the ajax event the home listens to. */
  static final String EVENT = "today";

  @Inject
  @Push(channel = "home")
  PushContext home;

  static String socketUser(long tenantId) {
    return "home:" + tenantId;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TodayChanged change) {
    home.send(EVENT, socketUser(change.tenantId()));
  }
}
