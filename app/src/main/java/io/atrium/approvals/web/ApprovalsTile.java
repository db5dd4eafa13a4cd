package io.atrium.approvals.web;

import io.atrium.approvals.ApprovalInbox;
import io.atrium.identity.Caller;
import io.atrium.shared.web.HomeTile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The home's tile of discounts waiting for the caller's approval in each centre, each linking to
 * the approvals inbox filtered on that centre. Work waiting for the caller, so the home sums it up.
 */
@ApplicationScoped
public class ApprovalsTile implements HomeTile {

  @Inject Caller caller;

  @Inject ApprovalInbox inbox;

  @Override
  public int order() {
    return 40;
  }

  @Override
  public boolean shown() {
    return caller.isStaff() && caller.can("pricing:approve");
  }

  @Override
  public List<Link> quickActions() {
    return List.of();
  }

  @Override
  public Map<Long, Card> cards(List<CentreDay> centres) {
    Map<Long, Long> waiting =
        inbox.waitingByCentre(centres.stream().map(CentreDay::centreId).toList());
    Map<Long, Card> cards = new HashMap<>();
    for (CentreDay centre : centres) {
      String link = "/approvals/inbox.xhtml?centre=" + centre.centreId();
      Figure figure =
          new Figure(
              "home.approvals.waiting", waiting.getOrDefault(centre.centreId(), 0L), link, true);
      cards.put(
          centre.centreId(),
          new Card(
              "home.tile.approvals",
              "pi pi-check-square",
              List.of(figure),
              "home.approvals.empty",
              null));
    }
    return cards;
  }
}
