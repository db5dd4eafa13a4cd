package io.atrium.spaces;

import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Which centres, spaces and assets the inventory's caller reaches: those of their centres. Any
 * other id, another tenant's included, is "not found" (or an unknown space in a form or a file).
 */
@ApplicationScoped
class InventoryAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  Centre centre(long id) {
    Centre centre = em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return centre;
  }

  Optional<Space> space(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Space.class, id))
        .filter(s -> caller.centres().allows(s.getCentre().getId()));
  }

  List<Space> spaces(long centreId) {
    return em.createQuery(
            "select s from Space s where s.centre.id = :centre order by s.name", Space.class)
        .setParameter("centre", centreId)
        .getResultList();
  }

  Optional<Asset> asset(long id) {
    return Optional.ofNullable(em.find(Asset.class, id))
        .filter(a -> caller.centres().allows(a.getSpace().getCentre().getId()));
  }

  /** An asset of the caller's centres, locked for a change. */
  Asset locked(long id) {
    Asset asset = em.find(Asset.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (asset == null || !caller.centres().allows(asset.getSpace().getCentre().getId())) {
      throw new NotFoundException();
    }
    return asset;
  }

  /** Whether another asset of the tenant, in any centre, has this serial number. */
  boolean serialTaken(String serial, Long exceptId) {
    return serial != null
        && em.createQuery(
                    "select count(a) from Asset a where a.serialNumber = :serial and a.id <> :id",
                    Long.class)
                .setParameter("serial", serial)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult()
            > 0;
  }

  /** The serial numbers among these that assets of the tenant have already. */
  List<String> serialsTaken(List<String> serials) {
    return serials.isEmpty()
        ? List.of()
        : em.createQuery(
                "select a.serialNumber from Asset a where a.serialNumber in :serials", String.class)
            .setParameter("serials", serials)
            .getResultList();
  }
}
