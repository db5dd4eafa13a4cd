package io.atrium.web;

import io.atrium.identity.Caller;
import io.atrium.shared.web.HomeTile;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operations home: for each centre of the caller's, the tiles the capabilities contribute
 * ({@link HomeTile}) that the caller may read, the work waiting for them and their quick actions.
 * Request scoped: the socket's re-render reads everything afresh.
 */
@Named
@RequestScoped
public class HomeBacking {

  @Inject @Any Instance<HomeTile> tiles;

  @Inject Centres centres;

  @Inject Caller caller;

  private List<HomeTile> shown;
  private List<CentreTiles> board;

  /** A centre and its tiles' cards, in the tiles' order. */
  public record CentreTiles(Centre centre, List<HomeTile.Card> cards) {}

  /** A figure of work waiting for the caller, with its centre. */
  public record Waiting(Centre centre, HomeTile.Figure figure) {}

  public List<CentreTiles> getCentres() {
    if (board == null) {
      List<Centre> visible = centres.visible();
      List<HomeTile.CentreDay> days =
          visible.stream()
              .map(c -> new HomeTile.CentreDay(c.getId(), LocalDate.now(c.zone())))
              .toList();
      List<Map<Long, HomeTile.Card>> cards =
          days.isEmpty() ? List.of() : shownTiles().stream().map(t -> t.cards(days)).toList();
      board =
          visible.stream()
              .map(
                  c ->
                      new CentreTiles(
                          c,
                          cards.stream()
                              .map(m -> m.get(c.getId()))
                              .filter(Objects::nonNull)
                              .toList()))
              .toList();
    }
    return board;
  }

  public List<Waiting> getWaiting() {
    return getCentres().stream()
        .flatMap(
            row ->
                row.cards().stream()
                    .flatMap(card -> card.figures().stream())
                    .filter(f -> f.forYou() && f.count() > 0)
                    .map(f -> new Waiting(row.centre(), f)))
        .toList();
  }

  public List<HomeTile.Link> getQuickActions() {
    return shownTiles().stream().flatMap(t -> t.quickActions().stream()).toList();
  }

  /** Whether the caller's role reads anything the home counts. */
  public boolean isAnyTile() {
    return !shownTiles().isEmpty();
  }

  public String getSocketUser() {
    return HomePush.socketUser(caller.getPrincipal().tenantId());
  }

  /** Today on the clock of the caller's first centre. */
  public LocalDate getToday() {
    List<CentreTiles> rows = getCentres();
    return LocalDate.now(rows.isEmpty() ? ZoneOffset.UTC : rows.get(0).centre().zone());
  }

  private List<HomeTile> shownTiles() {
    if (shown == null) {
      shown =
          tiles.stream()
              .filter(HomeTile::shown)
              .sorted(Comparator.comparingInt(HomeTile::order))
              .toList();
    }
    return shown;
  }
}
