package io.atrium.community.web;

import io.atrium.community.AttendanceChanged;
import io.atrium.community.EventFigures;
import io.atrium.identity.Caller;
import io.atrium.shared.web.HomeTile;
import io.atrium.shared.web.TodayChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The home's tile of published events starting today and in the next days, with the members going,
 * each linking to the events list filtered on the centre, the published state and those days.
 */
@ApplicationScoped
public class EventsTile implements HomeTile {

  @Inject Caller caller;

  @Inject EventFigures figures;

  @Inject Event<TodayChanged> today;

  void changed(@Observes AttendanceChanged change) {
    today.fire(new TodayChanged(change.tenantId()));
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public boolean shown() {
    return caller.isStaff() && caller.can("events:read");
  }

  @Override
  public List<Link> quickActions() {
    return caller.can("events:create") ? List.of(create()) : List.of();
  }

  @Override
  public Map<Long, Card> cards(List<CentreDay> centres) {
    EventFigures.Ahead ahead = figures.ahead(centres.stream().map(CentreDay::centreId).toList());
    LocalDate day = ahead.today();
    Link next = caller.can("events:create") ? create() : null;
    Map<Long, Card> cards = new HashMap<>();
    for (CentreDay centre : centres) {
      EventFigures.Counts counts = ahead.of(centre.centreId());
      String todays = list(centre.centreId(), day, day);
      String coming =
          list(centre.centreId(), day.plusDays(1), day.plusDays(EventFigures.DAYS_AHEAD));
      List<Figure> shown =
          List.of(
              new Figure("home.events.today", counts.today(), todays, false),
              new Figure("home.events.goingToday", counts.goingToday(), todays, false),
              new Figure("home.events.ahead", counts.ahead(), coming, false),
              new Figure("home.events.goingAhead", counts.goingAhead(), coming, false));
      cards.put(
          centre.centreId(),
          new Card("home.tile.events", "pi pi-star", shown, "home.events.empty", next));
    }
    return cards;
  }

  private static Link create() {
    return new Link("event.new", "pi pi-plus", "/community/events/edit.xhtml");
  }

  private static String list(long centreId, LocalDate from, LocalDate to) {
    return "/community/events/list.xhtml?centre="
        + centreId
        + "&state=PUBLISHED&from="
        + from
        + "&to="
        + to;
  }
}
