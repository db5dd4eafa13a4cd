package io.atrium.spaces.web;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.spaces.Amenity;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Floors;
import io.atrium.spaces.Space;
import io.atrium.spaces.SpaceDetails;
import io.atrium.spaces.Spaces;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "New space" ({@code ?centre=&floor=} may preselect them) and a space's form ({@code ?id=}): the
 * floors and catalogue items offered follow the centre chosen. Another centre's or tenant's space
 * is not found.
 */
@Named
@ViewScoped
public class EditSpaceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Spaces spaces;

  @Inject Floors floors;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject
  @Param(name = "id", converter = "#{spaceParam}")
  private Space space;

  private SpaceDetails details = new SpaceDetails();
  private List<Centre> centreChoices;
  private List<Floor> floorChoices = List.of();
  private List<CatalogueItem> itemChoices = List.of();

  public void load() {
    if (space == null) {
      caller.require(Area.CATALOG, Action.CREATE);
      String centre = Faces.getRequestParameter("centre");
      String floor = Faces.getRequestParameter("floor");
      if (centre != null) {
        details.setCentreId(centres.get(FloorBacking.id(centre)).getId());
      }
      if (floor != null) {
        Floor chosen = floors.get(FloorBacking.id(floor));
        details.setCentreId(chosen.getCentre().getId());
        details.setFloorId(chosen.getId());
      }
    } else {
      details = SpaceDetails.of(space);
    }
    centreChoices = centres.visible();
    if (details.getCentreId() == null && centreChoices.size() == 1) {
      details.setCentreId(centreChoices.get(0).getId());
    }
    centreChanged();
  }

  /** The floors and items of the centre now chosen. */
  public void centreChanged() {
    Long centre = details.getCentreId();
    floorChoices = centre == null ? List.of() : floors.list(centre);
    itemChoices = centre == null ? List.of() : spaces.offeredIn(centre);
  }

  public void save() throws IOException {
    try {
      space = space == null ? spaces.create(details) : spaces.update(space.getId(), details);
      Messages.addFlashGlobalInfo("space.saved", space.getName());
      Faces.redirect(Faces.getRequestContextPath() + "/spaces/edit.xhtml?id=" + space.getId());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
    }
  }

  public boolean isMayEdit() {
    return space == null ? caller.can("catalog:create") : caller.can("catalog:edit");
  }

  public List<String> getAmenities() {
    return new ArrayList<>(details.getAmenities().stream().map(Amenity::name).toList());
  }

  public void setAmenities(List<String> names) {
    details.setAmenities(names == null ? List.of() : names.stream().map(Amenity::valueOf).toList());
  }

  public Amenity[] getAmenityChoices() {
    return Amenity.values();
  }

  public Space getSpace() {
    return space;
  }

  public SpaceDetails getDetails() {
    return details;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<Floor> getFloors() {
    return floorChoices;
  }

  public List<CatalogueItem> getItems() {
    return itemChoices;
  }

  public Space.Kind[] getKinds() {
    return Space.Kind.values();
  }

  public Space.Status[] getStatuses() {
    return Space.Status.values();
  }
}
