package io.atrium.spaces;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Set;

/**
 * In test deployments only: what the spaces tests need beside {@code TestTenants}: a second centre,
 * a catalogue item offered in some centres (the catalogue's own pages are another module's), and a
 * staff member kept to one centre.
 */
@ApplicationScoped
public class SpaceFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  public long centre(long tenantId, String code) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Centre centre = new Centre(code, "Centre " + code, "FR", "Europe/Paris", "EUR");
                  centre.chargeVat(new BigDecimal("20.00"));
                  em.persist(centre);
                  em.flush();
                  return centre.getId();
                }));
  }

  /** An active meeting-room item offered in the given centres. */
  public long item(long tenantId, String code, long... centreIds) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  CatalogueItem item =
                      new CatalogueItem(
                          code,
                          CatalogueItem.Kind.MAIN,
                          CatalogueItem.ServiceType.MEETING_ROOM,
                          CatalogueItem.Unit.HOUR);
                  item.setNameEn("Meeting room " + code);
                  item.setNameFr("Salle de réunion " + code);
                  item.setVatCategory("S");
                  item.setTaxRate(new BigDecimal("20.00"));
                  for (long centreId : centreIds) {
                    item.getCentres().add(em.find(Centre.class, centreId));
                  }
                  em.persist(item);
                  em.flush();
                  return item.getId();
                }));
  }

  /** A floor and a meeting room on it, written directly: the services are what tests check. */
  public long[] floorWithRoom(long tenantId, long centreId, String name) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Centre centre = em.find(Centre.class, centreId);
                  Floor floor = new Floor(centre, name, 1);
                  em.persist(floor);
                  em.flush();
                  Space room = new Space(centre, Space.Kind.MEETING_ROOM, name);
                  room.setFloorId(floor.getId());
                  em.persist(room);
                  em.flush();
                  return new long[] {floor.getId(), room.getId()};
                }));
  }

  /** A space of that kind, on no floor. */
  public long space(long tenantId, long centreId, Space.Kind kind, String name) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Space space = new Space(em.find(Centre.class, centreId), kind, name);
                  em.persist(space);
                  em.flush();
                  return space.getId();
                }));
  }

  /** Keeps a staff member to one centre. */
  public void limit(long tenantId, long staffId, long centreId) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  em.find(StaffMember.class, staffId)
                      .workIn(Set.of(em.find(Centre.class, centreId)));
                  return null;
                }));
  }
}
