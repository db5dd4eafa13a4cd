package io.atrium.helpdesk.web;

import io.atrium.helpdesk.TicketChanged;
import io.atrium.helpdesk.TicketFigures;
import io.atrium.identity.Caller;
import io.atrium.shared.web.HomeTile;
import io.atrium.shared.web.TodayChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The home's tile of open tickets: new, in progress, overdue, and those in progress assigned to the
 * caller (their work waiting), each linking to the queue filtered alike.
 */
@ApplicationScoped
public class TicketsTile implements HomeTile {

  private static final String QUEUE = "/helpdesk/queue.xhtml?centre=";

  @Inject Caller caller;

  @Inject TicketFigures figures;

  @Inject Event<TodayChanged> today;

  void changed(@Observes TicketChanged change) {
    today.fire(new TodayChanged(change.tenantId()));
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public boolean shown() {
    return caller.isStaff() && caller.can("tickets:read");
  }

  @Override
  public List<Link> quickActions() {
    return caller.can("tickets:create")
        ? List.of(new Link("ticket.new", "pi pi-plus", "/helpdesk/new.xhtml"))
        : List.of();
  }

  @Override
  public Map<Long, Card> cards(List<CentreDay> centres) {
    Map<Long, TicketFigures.Open> open =
        figures.openByCentre(centres.stream().map(CentreDay::centreId).toList());
    long me = caller.getPrincipal().personId();
    Link raise =
        caller.can("tickets:create")
            ? new Link("ticket.new", "pi pi-plus", "/helpdesk/new.xhtml")
            : null;
    Map<Long, Card> cards = new HashMap<>();
    for (CentreDay centre : centres) {
      TicketFigures.Open o =
          open.getOrDefault(centre.centreId(), new TicketFigures.Open(0, 0, 0, 0));
      String queue = QUEUE + centre.centreId();
      List<Figure> shown =
          List.of(
              new Figure("home.tickets.new", o.fresh(), queue + "&status=new", false),
              new Figure(
                  "home.tickets.inProgress", o.inProgress(), queue + "&status=in-progress", false),
              new Figure("home.tickets.overdue", o.overdue(), queue + "&overdue=true", false),
              new Figure(
                  "home.tickets.mine",
                  o.mine(),
                  queue + "&status=in-progress&assignee=" + me,
                  true));
      cards.put(
          centre.centreId(),
          new Card("home.tile.tickets", "pi pi-wrench", shown, "home.tickets.empty", raise));
    }
    return cards;
  }
}
