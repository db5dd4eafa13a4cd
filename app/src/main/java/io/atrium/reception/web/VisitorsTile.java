package io.atrium.reception.web;

import io.atrium.identity.Caller;
import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorChanged;
import io.atrium.reception.VisitorLists;
import io.atrium.shared.web.HomeTile;
import io.atrium.shared.web.TodayChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The home's tile of today's visitors per state, each linking to the centre's reception dashboard
 * filtered on that state. Approved visitors wait for the desk to check them in: work for whoever
 * may do it (visitors:edit).
 */
@ApplicationScoped
public class VisitorsTile implements HomeTile {

  /** Shown even at zero; declined and no-show visitors only when there are some. */
  private static final Set<Visitor.State> ALWAYS =
      EnumSet.of(
          Visitor.State.EXPECTED,
          Visitor.State.ARRIVED,
          Visitor.State.APPROVED,
          Visitor.State.CHECKED_IN,
          Visitor.State.CHECKED_OUT);

  @Inject Caller caller;

  @Inject VisitorLists lists;

  @Inject Event<TodayChanged> today;

  void changed(@Observes VisitorChanged change) {
    today.fire(new TodayChanged(change.tenantId()));
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public boolean shown() {
    return caller.isStaff() && caller.can("visitors:read");
  }

  @Override
  public List<Link> quickActions() {
    return caller.can("visitors:create")
        ? List.of(new Link("reception.invite.title", "pi pi-send", "/reception/invite.xhtml"))
        : List.of();
  }

  @Override
  public Map<Long, Card> cards(List<CentreDay> centres) {
    Map<Long, LocalDate> days =
        centres.stream().collect(Collectors.toMap(CentreDay::centreId, CentreDay::today));
    Map<Long, Map<Visitor.State, Long>> counts = lists.countsByCentre(days);
    boolean desk = caller.can("visitors:edit");
    boolean inviter = caller.can("visitors:create");
    Map<Long, Card> cards = new HashMap<>();
    for (CentreDay centre : centres) {
      Map<Visitor.State, Long> byState = counts.getOrDefault(centre.centreId(), Map.of());
      List<Figure> figures = new ArrayList<>();
      for (Visitor.State state : Visitor.State.values()) {
        long count = byState.getOrDefault(state, 0L);
        if (ALWAYS.contains(state) || count > 0) {
          String link =
              "/reception/dashboard.xhtml?centre=" + centre.centreId() + "&state=" + state.name();
          figures.add(
              new Figure(
                  state.getLabelKey(), count, link, desk && state == Visitor.State.APPROVED));
        }
      }
      Link invite =
          inviter
              ? new Link(
                  "reception.invite.title",
                  "pi pi-send",
                  "/reception/invite.xhtml?centre=" + centre.centreId())
              : null;
      cards.put(
          centre.centreId(),
          new Card("home.tile.visitors", "pi pi-id-card", figures, "home.visitors.empty", invite));
    }
    return cards;
  }
}
