package io.atrium.spaces.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Floors;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** Étages: the floors of the caller's centres ({@code ?centre=} for one), each opening its plan. */
@Named
@RequestScoped
public class ListFloorsBacking {

  @Inject Floors floors;

  @Inject Caller caller;

  @Inject Centres centres;

  private List<Floor> rows;

  public void open() {
    caller.require(Area.CATALOG, Action.READ);
    String centre = Faces.getRequestParameter("centre");
    Long centreId = centre == null ? null : centres.get(FloorBacking.id(centre)).getId();
    rows = floors.list(centreId);
  }

  public List<Floor> getRows() {
    return rows;
  }
}
