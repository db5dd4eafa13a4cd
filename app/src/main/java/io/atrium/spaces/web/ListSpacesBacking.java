package io.atrium.spaces.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Floors;
import io.atrium.spaces.Space;
import io.atrium.spaces.Spaces;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * Espaces: the caller's centres' spaces, filtered by centre, floor, kind and status (a link may
 * name them: {@code ?centre=&floor=&kind=&status=}); a centre or floor the caller cannot see is not
 * found. "New space" and "Floors" open their pages.
 */
@Named
@ViewScoped
public class ListSpacesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Spaces spaces;

  @Inject Floors floors;

  @Inject Centres centres;

  @Inject Caller caller;

  private SpaceRows rows;
  private List<Centre> centreChoices;
  private List<Floor> floorChoices;
  private Map<Long, String> floorNames;

  public void open() {
    caller.require(Area.CATALOG, Action.READ);
    centreChoices = centres.visible();
    floorChoices = floors.list(null);
    floorNames = floorChoices.stream().collect(Collectors.toMap(Floor::getId, Floor::getName));
    rows = new SpaceRows(spaces);
    rows.filterBy(Faces::getRequestParameter);
    if (rows.getCentreId() != null) {
      centres.get(rows.getCentreId());
    }
    if (rows.getFloorId() != null) {
      floors.get(rows.getFloorId());
    }
  }

  public String floorName(Long floorId) {
    return floorId == null ? "" : floorNames.getOrDefault(floorId, "");
  }

  public SpaceRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<Floor> getFloors() {
    return floorChoices;
  }

  public Space.Kind[] getKinds() {
    return Space.Kind.values();
  }

  public Space.Status[] getStatuses() {
    return Space.Status.values();
  }
}
