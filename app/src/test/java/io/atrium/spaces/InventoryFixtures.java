package io.atrium.spaces;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** For inventory tests, what only they need beside TestTenants: a room to put assets in. */
@ApplicationScoped
public class InventoryFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  /** The id of the centre's meeting room of this name, made on first use. */
  public long room(long tenantId, long centreId, String name) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    em.createQuery(
                            "select s.id from Space s where s.centre.id = :c and s.name = :n",
                            Long.class)
                        .setParameter("c", centreId)
                        .setParameter("n", name)
                        .getResultStream()
                        .findFirst()
                        .orElseGet(
                            () -> {
                              Space space =
                                  new Space(
                                      em.find(Centre.class, centreId),
                                      Space.Kind.MEETING_ROOM,
                                      name);
                              em.persist(space);
                              em.flush();
                              return space.getId();
                            })));
  }

  /** An asset in service in that space, written directly: for tests of who may change it. */
  public long asset(long tenantId, long spaceId, String label) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Asset asset = new Asset(em.find(Space.class, spaceId), "Screen", label);
                  em.persist(asset);
                  em.flush();
                  return asset.getId();
                }));
  }
}
