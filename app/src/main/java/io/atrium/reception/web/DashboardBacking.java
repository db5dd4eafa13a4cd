package io.atrium.reception.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.reception.FrontDesk;
import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorExport;
import io.atrium.reception.VisitorLists;
import io.atrium.reception.VisitorSearch;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Reception → the live dashboard ({@code ?centre=&day=&state=}): one centre of the caller's and one
 * day (today by default), counts per state, the lazy table with search and state filter, a button
 * per state, CSV export. The centre's socket re-renders it when any of its visitors changes.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;
  @Inject Centres centres;
  @Inject VisitorLists lists;
  @Inject FrontDesk desk;
  @Inject VisitorExport export;
  @Inject Formats formats;

  private String centreParam;
  private String dayParam;
  // The centres are read for the page's GET and are not kept with the view (a clustered server
  // writes the session's view beans after every request): the view keeps the centre's id, code
  // and zone, all that its ajax calls and the export need.
  private transient List<Centre> centreChoices;
  private transient Centre centre;
  private long centreId;
  private String centreCode;
  private ZoneId zone;
  private LocalDate day;
  private DashboardRows rows;

  public void open() {
    caller.require(Area.VISITORS, Action.READ);
    centreChoices = centres.visible();
    centre =
        centreChoices.stream()
            .filter(c -> centreParam == null || c.getId().toString().equals(centreParam))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    centreId = centre.getId();
    centreCode = centre.getCode();
    zone = centre.zone();
    day = Pages.day(dayParam, zone);
    rows =
        new DashboardRows(
            new VisitorRows(lists, VisitorSearch.day(centreId, day, null, null)), formats, zone);
    rows.setState(Pages.state(Faces.getRequestParameter("state")));
  }

  /** A row's button: the visitor and the step come as request parameters of one remote command. */
  public void step() {
    long id;
    try {
      id = Long.parseLong(Faces.getRequestParameter("visitor"));
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
    switch (String.valueOf(Faces.getRequestParameter("step"))) {
      case "arrive" -> arrive(id);
      case "noShow" -> noShow(id);
      case "checkIn" -> checkIn(id);
      case "checkOut" -> checkOut(id);
      default -> throw new NotFoundException();
    }
  }

  public void arrive(long id) {
    PageErrors.step(() -> desk.arrive(id), "visitor.arrived", "dashboard");
  }

  public void checkIn(long id) {
    PageErrors.step(() -> desk.checkIn(id), "visitor.checkedIn", "dashboard");
  }

  public void checkOut(long id) {
    PageErrors.step(() -> desk.checkOut(id), "visitor.checkedOut", "dashboard");
  }

  public void noShow(long id) {
    PageErrors.step(() -> desk.markNoShow(id), "visitor.noShow", "dashboard");
  }

  public void exportCsv() throws IOException {
    Pages.sendCsv(export, rows.search(), formats, "visitors-" + centreCode + "-" + day + ".csv");
  }

  public String getSocketUser() {
    return DashboardPush.socketUser(caller.getPrincipal().tenantId(), centreId);
  }

  /** Whether each row's host links to their visitor history: asked once per request. */
  public boolean isHistoryShown() {
    return caller.can("companies:read");
  }

  /** Whether the rows show the step buttons (arrive, check in, ...): asked once per request. */
  public boolean isStepsShown() {
    return caller.can("visitors:edit");
  }

  public Visitor.State[] getStates() {
    return Visitor.State.values();
  }

  public boolean isToday() {
    return day.equals(LocalDate.now(zone));
  }

  public List<Centre> getCentres() {
    if (centreChoices == null) {
      centreChoices = centres.visible();
    }
    return centreChoices;
  }

  public Centre getCentre() {
    if (centre == null) {
      centre =
          getCentres().stream()
              .filter(c -> c.getId() == centreId)
              .findFirst()
              .orElseThrow(NotFoundException::new);
    }
    return centre;
  }

  public LocalDate getDay() {
    return day;
  }

  public DashboardRows getRows() {
    return rows;
  }

  public String getCentreParam() {
    return centreParam;
  }

  public void setCentreParam(String centreParam) {
    this.centreParam = centreParam;
  }

  public String getDayParam() {
    return dayParam;
  }

  public void setDayParam(String dayParam) {
    this.dayParam = dayParam;
  }
}
