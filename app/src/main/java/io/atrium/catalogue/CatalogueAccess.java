package io.atrium.catalogue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who reaches which item: staff with catalog rights, when the item is offered in one of their
 * centres or in none yet (a new item belongs to no building). Any other item is "not found", like
 * another tenant's. Commands lock the item's row, so two price changes of one item queue.
 */
@ApplicationScoped
class CatalogueAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  Optional<CatalogueItem> readable(long id) {
    caller.require(Area.CATALOG, Action.READ);
    return Optional.ofNullable(em.find(CatalogueItem.class, id)).filter(this::visible);
  }

  /** An item the caller sees, locked, for a command needing catalog:action. */
  CatalogueItem managed(long id, Action action) {
    caller.require(Area.CATALOG, action);
    CatalogueItem item = em.find(CatalogueItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (item == null || !visible(item)) {
      throw new NotFoundException();
    }
    return item;
  }

  boolean visible(CatalogueItem item) {
    return caller.centres().all()
        || item.getCentres().isEmpty()
        || item.getCentres().stream().anyMatch(c -> caller.centres().allows(c.getId()));
  }
}
