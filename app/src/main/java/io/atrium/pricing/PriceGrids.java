package io.atrium.pricing;

import io.atrium.audit.AuditTrail;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemChoices;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grilles tarifaires: read with pricing:read, created with pricing:create, changed with
 * pricing:edit. A caller limited to some centres sees the grids assigned to one of them (or to none
 * yet) and assigns only their own centres: the others a grid has stay as they were.
 */
@ApplicationScoped
public class PriceGrids {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Centres centres;

  @Inject GridCheck check;

  @Inject ItemChoices itemChoices;

  @Inject AuditTrail audit;

  /** The grids the caller sees, by name, optionally only the one of a centre. */
  @Transactional
  public List<PriceGrid> list(Long centreId) {
    caller.require(Area.PRICING, Action.READ);
    if (centreId != null) {
      centres.get(centreId);
    }
    return em.createQuery("select g from PriceGrid g order by g.name", PriceGrid.class)
        .getResultStream()
        .filter(this::visible)
        .filter(
            g ->
                centreId == null
                    || g.getCentres().stream().anyMatch(c -> c.getId().equals(centreId)))
        .peek(g -> g.getLines().size())
        .toList();
  }

  @Transactional
  public Optional<PriceGrid> find(long id) {
    caller.require(Area.PRICING, Action.READ);
    Optional<PriceGrid> grid =
        Optional.ofNullable(em.find(PriceGrid.class, id)).filter(this::visible);
    grid.ifPresent(g -> g.getLines().forEach(l -> l.getCatalogueItem()));
    return grid;
  }

  /**
   * @throws NotFoundException unless the caller may read the grid
   */
  @Transactional
  public PriceGrid get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  /** The tenant's catalogue items, by code, for the editor's item choice. */
  @Transactional
  public List<GridItem> items() {
    caller.require(Area.PRICING, Action.READ);
    return itemChoices.all().stream()
        .map(i -> new GridItem(i.getId(), i.getCode(), i.getNameEn(), i.getNameFr()))
        .toList();
  }

  /**
   * Creates a grid from the editor's form.
   *
   * @throws InvalidFieldsException naming each field in error; {@link CentreTakenException} when a
   *     centre has another grid
   * @throws NotFoundException for a centre or item the caller cannot see
   */
  @Transactional
  public PriceGrid create(GridForm form) {
    caller.require(Area.PRICING, Action.CREATE);
    PriceGrid grid = new PriceGrid(check.name(form.getName(), null));
    apply(grid, form);
    em.persist(grid);
    em.flush();
    audit.record("PriceGrid", grid.getId(), "CREATE", null, GridAudit.changes(null, grid));
    return grid;
  }

  /** Replaces a grid's name, state, centres (of the caller's) and lines. */
  @Transactional
  public PriceGrid update(long id, GridForm form) {
    caller.require(Area.PRICING, Action.EDIT);
    PriceGrid grid = em.find(PriceGrid.class, id);
    if (grid == null || !visible(grid)) {
      throw new NotFoundException();
    }
    GridAudit.Snapshot before = GridAudit.snapshot(grid);
    grid.setName(check.name(form.getName(), grid));
    apply(grid, form);
    em.flush();
    audit.record("PriceGrid", grid.getId(), "UPDATE", null, GridAudit.changes(before, grid));
    return grid;
  }

  private void apply(PriceGrid grid, GridForm form) {
    Set<Centre> chosen = new LinkedHashSet<>();
    for (Long centreId : form.getCentreIds()) {
      chosen.add(centres.get(centreId));
    }
    check.lines(form.getLines());
    check.centresFree(chosen, grid);
    grid.setActive(form.isActive());
    grid.getCentres().removeIf(c -> caller.centres().allows(c.getId()) && !chosen.contains(c));
    grid.getCentres().addAll(chosen);
    grid.getLines().clear();
    em.flush(); // the old lines go before the new ones meet the unique index
    for (GridLineForm line : form.getLines()) {
      PriceGridLine row = new PriceGridLine(grid, line.getCommitmentMonths());
      row.setSpaceKind(line.getSpaceKind());
      row.setCatalogueItem(line.getItemId() == null ? null : item(line.getItemId()));
      row.setCoefficient(line.getCoefficient());
      row.setAmount(line.getAmount());
      grid.getLines().add(row);
    }
  }

  private CatalogueItem item(long id) {
    CatalogueItem item = em.find(CatalogueItem.class, id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }

  private boolean visible(PriceGrid grid) {
    return grid.getCentres().isEmpty()
        || grid.getCentres().stream().anyMatch(c -> caller.centres().allows(c.getId()));
  }
}
