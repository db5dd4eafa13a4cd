package io.atrium.community.web;

import io.atrium.community.CommunityEvent;
import io.atrium.community.Events;
import io.atrium.shared.web.EntityParam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The event of a page's {@code ?id=}, if one of the caller's centres holds it, else 404. */
@Named
@ApplicationScoped
public class EventParam extends EntityParam<CommunityEvent> {

  EventParam() {}

  @Inject
  EventParam(Events service) {
    super(service::get, CommunityEvent::getId);
  }
}
