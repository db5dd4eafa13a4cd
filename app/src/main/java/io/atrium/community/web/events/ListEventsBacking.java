package io.atrium.community.web.events;

import io.atrium.community.Attendance;
import io.atrium.community.CommunityEvent;
import io.atrium.community.Events;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Communauté → Évènements: the caller's centres' events by start, from today unless the filters say
 * otherwise (a link may name them: {@code ?centre=&state=&from=&to=}), with their state and seats;
 * "Create event" opens the form.
 */
@Named
@ViewScoped
public class ListEventsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Events events;

  @Inject Attendance attendance;

  @Inject Centres centres;

  @Inject Caller caller;

  private EventRows rows;
  private List<Centre> centreChoices;

  /** Refuses callers without events:read before anything is shown. */
  public void open() {
    caller.require(Area.EVENTS, Action.READ);
    centreChoices = centres.visible();
    LocalDate today =
        LocalDate.now(centreChoices.isEmpty() ? ZoneOffset.UTC : centreChoices.get(0).zone());
    rows = new EventRows(events, attendance, today);
    rows.filterBy(Faces::getRequestParameter);
    if (rows.getCentreId() != null) {
      centres.get(rows.getCentreId()); // another tenant's or centre's: not found, as everywhere
    }
  }

  public EventRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public CommunityEvent.State[] getStates() {
    return CommunityEvent.State.values();
  }
}
