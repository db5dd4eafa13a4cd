package io.atrium.pricing.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.pricing.Commitments;
import io.atrium.pricing.GridForm;
import io.atrium.pricing.GridItem;
import io.atrium.pricing.GridLineForm;
import io.atrium.pricing.PriceGrid;
import io.atrium.pricing.PriceGrids;
import io.atrium.shared.BusinessException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A grid's editor ({@code ?id=}, or none for a new grid): name, active, the centres it is assigned
 * to, and its lines (space kind or item or any, commitment length, coefficient or amount).
 */
@Named
@ViewScoped
public class GridBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PriceGrids grids;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject
  @Param(name = "id", converter = "#{priceGridParam}")
  private PriceGrid grid;

  private GridForm form = new GridForm();
  private List<Centre> centreChoices;
  private List<GridItem> items;

  public void load() {
    if (grid == null) {
      caller.require(Area.PRICING, Action.CREATE);
      form.getLines().add(new GridLineForm());
    } else {
      form = GridForm.of(grid, id -> caller.centres().allows(id));
    }
    centreChoices = centres.visible();
    items = grids.items();
  }

  public void addLine() {
    form.getLines().add(new GridLineForm());
  }

  public void removeLine(GridLineForm line) {
    form.getLines().remove(line);
  }

  public void save() throws IOException {
    try {
      grid = grid == null ? grids.create(form) : grids.update(grid.getId(), form);
      Messages.addFlashGlobalInfo("pricing.grid.saved", grid.getName());
      Faces.redirect(Faces.getRequestContextPath() + "/pricing/grid.xhtml?id=" + grid.getId());
    } catch (BusinessException refused) {
      RuleErrors.show(refused, "form");
    }
  }

  public boolean isEditable() {
    return grid == null ? caller.can("pricing:create") : caller.can("pricing:edit");
  }

  public PriceGrid getGrid() {
    return grid;
  }

  public GridForm getForm() {
    return form;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<GridItem> getItems() {
    return items;
  }

  public List<Integer> getCommitments() {
    return Commitments.MONTHS;
  }

  public Space.Kind[] getKinds() {
    return Space.Kind.values();
  }
}
