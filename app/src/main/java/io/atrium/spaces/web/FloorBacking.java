package io.atrium.spaces.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.web.PageErrors;
import io.atrium.spaces.Floor;
import io.atrium.spaces.FloorDetails;
import io.atrium.spaces.FloorPlans;
import io.atrium.spaces.Floors;
import io.atrium.spaces.PlanUpload;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * "New floor" and a floor's page ({@code ?id=}): its name, level and plan image, the plan with its
 * spaces coloured by status (click one to open it), and for catalog:edit the outline editor, whose
 * script posts every outline of the floor in {@link #getOutlines()}.
 */
@Named
@ViewScoped
public class FloorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Floors floors;

  @Inject FloorPlans plans;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject
  @Param(name = "id", converter = "#{floorParam}")
  private Floor floor;

  private FloorDetails details = new FloorDetails();
  private List<Centre> centreChoices;
  private List<PlacedSpace> placed = List.of();
  private transient UploadedFile plan;
  private String outlines;

  public void load() {
    if (floor == null) {
      caller.require(Area.CATALOG, Action.CREATE);
    } else {
      details = FloorDetails.of(floor);
      placed = plans.spacesOn(floor.getId()).stream().map(s -> PlacedSpace.of(s, floor)).toList();
    }
    centreChoices = centres.visible();
    if (details.getCentreId() == null && centreChoices.size() == 1) {
      details.setCentreId(centreChoices.get(0).getId());
    }
  }

  public void save() throws IOException {
    try {
      PlanUpload upload =
          plan == null || plan.getSize() == 0
              ? null
              : new PlanUpload(plan.getFileName(), plan.getInputStream());
      floor =
          floor == null
              ? floors.create(details, upload)
              : floors.update(floor.getId(), details, upload);
      Messages.addFlashGlobalInfo("floor.saved", floor.getName());
      reload();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
    }
  }

  /** Saves the outlines the editor drew: {@code id=x,y x,y …;id=;…} (empty: off the plan). */
  public void saveOutlines() throws IOException {
    try {
      plans.place(floor.getId(), parse(outlines));
      Messages.addFlashGlobalInfo("floor.outlines.saved");
      reload();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "outlineForm");
    }
  }

  private void reload() throws IOException {
    Faces.redirect(Faces.getRequestContextPath() + "/spaces/floor.xhtml?id=" + floor.getId());
  }

  static Map<Long, String> parse(String text) {
    Map<Long, String> shapes = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return shapes;
    }
    for (String entry : text.split(";")) {
      String[] parts = entry.split("=", -1);
      if (parts.length != 2 || !parts[0].strip().matches("\\d{1,18}")) {
        throw InvalidFieldsException.of("outlines", "space.shape.invalid");
      }
      shapes.put(Long.valueOf(parts[0].strip()), parts[1]);
    }
    return shapes;
  }

  /** An id typed in an address; anything else is not found. */
  static long id(String text) {
    if (text == null || !text.strip().matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    return Long.parseLong(text.strip());
  }

  public boolean isMayEdit() {
    return floor == null ? caller.can("catalog:create") : caller.can("catalog:edit");
  }

  public double getFontSize() {
    return floor == null || floor.getPlanWidth() == null
        ? 12
        : Math.max(8, floor.getPlanWidth() / 60.0);
  }

  public Floor getFloor() {
    return floor;
  }

  public FloorDetails getDetails() {
    return details;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<PlacedSpace> getPlaced() {
    return placed;
  }

  public UploadedFile getPlan() {
    return plan;
  }

  public void setPlan(UploadedFile plan) {
    this.plan = plan;
  }

  public String getOutlines() {
    return outlines;
  }

  public void setOutlines(String outlines) {
    this.outlines = outlines;
  }
}
