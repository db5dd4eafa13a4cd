package io.atrium.helpdesk.web;

import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.Tickets;
import io.atrium.shared.web.EntityParam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The ticket of a page's {@code ?id=}, as the caller may see it (staff: their centres; members:
 * their own or their company's), else 404.
 */
@Named
@ApplicationScoped
public class TicketParam extends EntityParam<Ticket> {

  TicketParam() {}

  @Inject
  TicketParam(Tickets service) {
    super(service::get, Ticket::getId);
  }
}
