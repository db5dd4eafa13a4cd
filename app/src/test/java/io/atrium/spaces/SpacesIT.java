package io.atrium.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.AuditEntry;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the spaces services keep their rules whatever page or endpoint calls them — a bad
 * form is refused field by field and writes nothing, another centre's rows are not found for staff
 * kept to one centre, callers without catalog rights are refused, and every write is audited with
 * its actor. The signed-in person is set on the test's request, as the sign-in would.
 */
@ExtendWith(ArquillianExtension.class)
class SpacesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(TestTenants.class, InTransaction.class, SpaceFixtures.class);
  }

  @Inject Tenancy tenancy;

  @Inject Spaces spaces;

  @Inject Floors floors;

  @Inject FloorPlans plans;

  @Inject io.atrium.community.Events events;

  @Inject TestTenants fixtures;

  @Inject SpaceFixtures spaceFixtures;

  @Inject HttpServletRequest request;

  private TestTenant tenant;
  private long lyon;
  private TestStaff manager;

  @BeforeEach
  void tenant() {
    tenant = fixtures.fresh("spaces");
    lyon = spaceFixtures.centre(tenant.id(), "LYO1");
    manager =
        fixtures.staff(
            tenant,
            "Space Manager",
            Permission.parse("catalog:read"),
            Permission.parse("catalog:create"),
            Permission.parse("catalog:edit"));
  }

  private void as(TestStaff staff) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, staff.principal());
  }

  private <T> T inTenant(java.util.function.Supplier<T> work) {
    return tenancy.runAsTenant(tenant.id(), work);
  }

  private SpaceDetails room(long centreId, String name) {
    SpaceDetails details = new SpaceDetails();
    details.setCentreId(centreId);
    details.setKind(Space.Kind.MEETING_ROOM);
    details.setName(name);
    details.setAreaSqm(new BigDecimal("18.50"));
    details.setCapacity(8);
    return details;
  }

  private Floor floor(long centreId, String name) {
    FloorDetails details = new FloorDetails();
    details.setCentreId(centreId);
    details.setName(name);
    details.setLevel(1);
    return inTenant(() -> floors.create(details, null));
  }

  private Map<String, String> refused(SpaceDetails details) {
    return assertThrows(InvalidFieldsException.class, () -> inTenant(() -> spaces.create(details)))
        .fieldKeys();
  }

  private SpaceDetails changed(Consumer<SpaceDetails> change) {
    SpaceDetails details = room(tenant.centreId(), "Salle Volta");
    change.accept(details);
    return details;
  }

  @Test
  void aBadFormIsRefusedFieldByFieldAndWritesNothing() {
    as(manager);
    Floor lyonFloor = floor(lyon, "Lyon ground");
    long lyonItem = spaceFixtures.item(tenant.id(), "MR-LYO", lyon);
    Map<String, String> errors =
        refused(
            changed(
                d -> {
                  d.setKind(null);
                  d.setAreaSqm(new BigDecimal("-3"));
                  d.setCapacity(10_001);
                  d.setBookable(true);
                  d.setFloorId(lyonFloor.getId());
                  d.setCatalogueItemId(lyonItem);
                  d.setStatus(null);
                }));
    assertEquals("space.required", errors.get("kind"));
    assertEquals("space.area.positive", errors.get("areaSqm"));
    assertEquals("space.capacity.range", errors.get("capacity"));
    assertEquals("space.openingHours.required", errors.get("openingHours"));
    assertEquals("space.floor.otherCentre", errors.get("floorId"));
    assertEquals("space.item.notOffered", errors.get("catalogueItemId"));
    assertEquals("space.required", errors.get("status"));
    assertEquals(
        "space.area.decimals",
        refused(changed(d -> d.setAreaSqm(new BigDecimal("12.345")))).get("areaSqm"));
    assertEquals(
        "space.openingHours.invalid",
        refused(changed(d -> d.setOpeningHours("Mo-Fr 20:00-08:00"))).get("openingHours"));
    assertEquals(
        "atrium.text.control", refused(changed(d -> d.setName("Salle\u0000Volta"))).get("name"));
    assertEquals("space.tooLong", refused(changed(d -> d.setName("x".repeat(81)))).get("name"));
    assertEquals(
        "space.shape.noFloor",
        refused(changed(d -> d.setShape("0.1,0.1 0.2,0.1 0.2,0.2"))).get("shape"));
    assertEquals(
        "space.shape.invalid", refused(changed(d -> d.setShape("0.1,0.1 0.2,0.1"))).get("shape"));
    assertEquals(0, fixtures.all(tenant.id(), Space.class).size(), "nothing written");

    inTenant(() -> spaces.create(room(tenant.centreId(), "Salle Volta")));
    assertEquals(
        "space.name.taken",
        refused(room(tenant.centreId(), "salle volta")).get("name"),
        "names are unique in a centre, whatever the case");
    inTenant(() -> spaces.create(room(lyon, "Salle Volta")));
    assertEquals(2, fixtures.all(tenant.id(), Space.class).size(), "another centre may reuse it");
  }

  @Test
  void aBookableSpaceKeepsItsHoursAmenitiesItemAndOutline() {
    as(manager);
    Floor ground = floor(tenant.centreId(), "Ground");
    long item = spaceFixtures.item(tenant.id(), "MR-PAR", tenant.centreId());
    SpaceDetails details = room(tenant.centreId(), "Salle Curie");
    details.setFloorId(ground.getId());
    details.setCatalogueItemId(item);
    details.setBookable(true);
    details.setOpeningHours(" Mo-Fr 08:00-20:00; Sa 09:00-13:00 ");
    details.setAmenities(List.of(Amenity.WHITEBOARD, Amenity.WIFI));
    details.setShape("0.1,0.1 0.3,0.1 0.3,0.25 0.1,0.25");
    Space space = inTenant(() -> spaces.create(details));
    Space read = inTenant(() -> spaces.get(space.getId()));
    assertEquals("WIFI,WHITEBOARD", read.getAmenities(), "stored in the list's order");
    assertEquals("Mo-Fr 08:00-20:00; Sa 09:00-13:00", read.getOpeningHours());
    assertEquals("MR-PAR", read.getCatalogueItem().getCode());
    assertEquals("0.1,0.1 0.3,0.1 0.3,0.25 0.1,0.25", read.getShape());
    assertEquals(1, inTenant(() -> plans.spacesOn(ground.getId())).size());
  }

  @Test
  void staffKeptToOneCentreNeitherSeeNorWriteAnotherCentresFloorsAndSpaces() {
    long[] lyonRows = spaceFixtures.floorWithRoom(tenant.id(), lyon, "Salle Lumière");
    long lyonFloor = lyonRows[0];
    long lyonRoom = lyonRows[1];
    spaceFixtures.floorWithRoom(tenant.id(), tenant.centreId(), "Salle Paris");
    TestStaff parisOnly =
        fixtures.staff(
            tenant,
            "Paris Manager",
            Permission.parse("catalog:read"),
            Permission.parse("catalog:create"),
            Permission.parse("catalog:edit"));
    spaceFixtures.limit(tenant.id(), parisOnly.id(), tenant.centreId());
    as(parisOnly); // one person per test: the request keeps the rights it read first
    assertThrows(NotFoundException.class, () -> inTenant(() -> spaces.get(lyonRoom)));
    assertThrows(NotFoundException.class, () -> inTenant(() -> floors.get(lyonFloor)));
    assertThrows(
        NotFoundException.class, () -> inTenant(() -> spaces.create(room(lyon, "Intruder"))));
    SpaceDetails viaFloor = room(tenant.centreId(), "Intruder");
    viaFloor.setFloorId(lyonFloor);
    assertThrows(NotFoundException.class, () -> inTenant(() -> spaces.create(viaFloor)));
    assertThrows(
        NotFoundException.class,
        () -> inTenant(() -> spaces.update(lyonRoom, room(lyon, "Renamed"))));
    assertThrows(
        NotFoundException.class,
        () -> inTenant(() -> plans.place(lyonFloor, Map.of(lyonRoom, ""))));
    assertThrows(NotFoundException.class, () -> inTenant(() -> spaces.offeredIn(lyon)));
    assertThrows(NotFoundException.class, () -> inTenant(() -> floors.plan(lyonFloor)));
    assertThrows(
        NotFoundException.class,
        () -> inTenant(() -> spaces.list(new SpaceSearch(lyon, null, null, null), 0, 5)));
    List<Space> seen = inTenant(() -> spaces.list(SpaceSearch.ALL, 0, 50));
    assertEquals(List.of("Salle Paris"), seen.stream().map(Space::getName).toList());
    assertEquals(1, inTenant(() -> floors.list(null)).size());
    assertTrue(
        fixtures.all(tenant.id(), Space.class).stream()
            .noneMatch(s -> s.getName().equals("Intruder")),
        "nothing written");
  }

  @Test
  void withoutCatalogRightsEveryServiceRefuses() {
    long[] rows = spaceFixtures.floorWithRoom(tenant.id(), tenant.centreId(), "Salle Bohr");
    as(fixtures.staff(tenant, "Events Only", Permission.parse("events:read")));
    assertThrows(
        ForbiddenException.class, () -> inTenant(() -> spaces.list(SpaceSearch.ALL, 0, 5)));
    assertThrows(ForbiddenException.class, () -> inTenant(() -> spaces.get(rows[1])));
    assertThrows(ForbiddenException.class, () -> inTenant(() -> floors.list(null)));
    assertThrows(ForbiddenException.class, () -> inTenant(() -> floors.plan(rows[0])));
    assertThrows(ForbiddenException.class, () -> inTenant(() -> plans.spacesOn(rows[0])));
  }

  @Test
  void readingIsNotChanging() {
    long[] rows = spaceFixtures.floorWithRoom(tenant.id(), tenant.centreId(), "Salle Hertz");
    as(fixtures.staff(tenant, "Catalog Reader", Permission.parse("catalog:read")));
    assertEquals("Salle Hertz", inTenant(() -> spaces.get(rows[1])).getName());
    assertThrows(
        ForbiddenException.class,
        () -> inTenant(() -> spaces.create(room(tenant.centreId(), "X"))));
    assertThrows(
        ForbiddenException.class,
        () -> inTenant(() -> spaces.update(rows[1], room(tenant.centreId(), "X"))));
    assertThrows(
        ForbiddenException.class, () -> inTenant(() -> plans.place(rows[0], Map.of(rows[1], ""))));
    FloorDetails renamed = new FloorDetails();
    renamed.setName("Renamed");
    assertThrows(
        ForbiddenException.class, () -> inTenant(() -> floors.update(rows[0], renamed, null)));
    assertThrows(ForbiddenException.class, () -> inTenant(() -> floors.create(renamed, null)));
  }

  @Test
  void everyWriteIsAuditedWithItsActorAndARefusedPlanLeavesTheFloorAsItWas() {
    as(manager);
    Floor ground = floor(tenant.centreId(), "Ground");
    SpaceDetails details = room(tenant.centreId(), "Salle Meitner");
    details.setFloorId(ground.getId());
    Space room = inTenant(() -> spaces.create(details));
    details.setStatus(Space.Status.OUT_OF_SERVICE);
    inTenant(() -> spaces.update(room.getId(), details));
    inTenant(() -> plans.place(ground.getId(), Map.of(room.getId(), "0,0 0.5,0 0.5,0.5")));
    var scripted =
        new PlanUpload(
            "plan.svg",
            new ByteArrayInputStream(
                "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9' onload='x()'/>"
                    .getBytes(StandardCharsets.UTF_8)));
    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () -> inTenant(() -> floors.changePlan(ground.getId(), scripted)));
    assertEquals("plan.rejected.active", refused.fieldKeys().get("plan"));
    assertTrue(inTenant(() -> floors.plan(ground.getId())).isEmpty(), "no plan kept");

    List<AuditEntry> entries =
        fixtures.all(tenant.id(), AuditEntry.class).stream()
            .sorted(java.util.Comparator.comparingLong(AuditEntry::getSeq))
            .toList();
    List<String> spaceActions =
        entries.stream()
            .filter(e -> e.getEntityType().equals("Space"))
            .filter(e -> e.getEntityId().equals(String.valueOf(room.getId())))
            .map(e -> e.getAction() + " " + e.getActorId())
            .toList();
    assertEquals(
        List.of("CREATE " + manager.id(), "UPDATE " + manager.id(), "UPDATE " + manager.id()),
        spaceActions);
    assertEquals(
        "OUT_OF_SERVICE",
        entries.stream()
            .filter(e -> e.getEntityId().equals(String.valueOf(room.getId())))
            .filter(e -> e.getChanges().get("status") != null)
            .reduce((a, b) -> b)
            .orElseThrow()
            .getChanges()
            .get("status")
            .after());
    assertEquals(
        1,
        entries.stream()
            .filter(e -> e.getEntityType().equals("Floor") && e.getAction().equals("CREATE"))
            .filter(e -> Long.valueOf(manager.id()).equals(e.getActorId()))
            .count());
  }

  @Test
  void anEventNamesOnlyAnEventSpaceOfItsOwnCentre() {
    long hall = spaceFixtures.space(tenant.id(), tenant.centreId(), Space.Kind.EVENT_SPACE, "Hall");
    long room =
        spaceFixtures.space(tenant.id(), tenant.centreId(), Space.Kind.MEETING_ROOM, "Salle Weil");
    long lyonHall = spaceFixtures.space(tenant.id(), lyon, Space.Kind.EVENT_SPACE, "Lyon hall");
    as(
        fixtures.staff(
            tenant,
            "Event Planner",
            Permission.parse("events:read"),
            Permission.parse("events:create")));
    io.atrium.community.EventDetails details = new io.atrium.community.EventDetails();
    details.setCentreId(tenant.centreId());
    details.setTitle("Afterwork");
    details.setDate(java.time.LocalDate.now().plusDays(10));
    details.setStartTime(java.time.LocalTime.of(18, 0));
    details.setEndTime(java.time.LocalTime.of(20, 0));
    details.setLocation("Ground floor");
    details.setCapacity(30);
    for (long notHere : new long[] {room, lyonHall, 987_654_321L}) {
      details.setSpaceId(notHere);
      assertEquals(
          "event.space.unknown",
          assertThrows(
                  InvalidFieldsException.class, () -> inTenant(() -> events.create(details, null)))
              .fieldKeys()
              .get("spaceId"));
    }
    details.setSpaceId(hall);
    assertEquals(Long.valueOf(hall), inTenant(() -> events.create(details, null)).getSpaceId());
  }
}
