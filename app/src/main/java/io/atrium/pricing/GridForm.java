package io.atrium.pricing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the grid editor and the API send: name, active, centres, lines. */
public class GridForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private boolean active = true;
  private List<Long> centreIds = new ArrayList<>();
  private List<GridLineForm> lines = new ArrayList<>();

  /** The form of a saved grid, showing only the centres the caller sees. */
  public static GridForm of(PriceGrid grid, java.util.function.LongPredicate visibleCentre) {
    GridForm form = new GridForm();
    form.name = grid.getName();
    form.active = grid.isActive();
    grid.getCentres().stream()
        .filter(c -> visibleCentre.test(c.getId()))
        .forEach(c -> form.centreIds.add(c.getId()));
    grid.getLines().forEach(line -> form.lines.add(GridLineForm.of(line)));
    return form;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<Long> getCentreIds() {
    return centreIds;
  }

  public void setCentreIds(List<Long> centreIds) {
    this.centreIds = centreIds == null ? new ArrayList<>() : new ArrayList<>(centreIds);
  }

  public List<GridLineForm> getLines() {
    return lines;
  }

  public void setLines(List<GridLineForm> lines) {
    this.lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
  }
}
