package io.atrium.pricing.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.pricing.PriceGrid;
import io.atrium.pricing.PriceGrids;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * Grilles tarifaires: the grids the caller sees, optionally those of one of their centres ({@code
 * ?centre=}), with their centres and lines; "New grid" opens the editor.
 */
@Named
@ViewScoped
public class GridsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PriceGrids grids;

  @Inject Centres centres;

  @Inject Caller caller;

  private List<PriceGrid> rows;
  private List<Centre> centreChoices;
  private Long centreId;

  public void open() {
    caller.require(Area.PRICING, Action.READ);
    centreChoices = centres.visible();
    String centre = Faces.getRequestParameter("centre");
    centreId =
        centre == null || centre.isBlank() ? null : io.atrium.shared.web.EntityParam.id(centre);
    filter();
  }

  public void filter() {
    rows = grids.list(centreId);
  }

  /** "PAR1, LYO1": the codes of the grid's centres. */
  public String centresOf(PriceGrid grid) {
    return grid.getCentres().stream()
        .map(Centre::getCode)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public List<PriceGrid> getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }
}
