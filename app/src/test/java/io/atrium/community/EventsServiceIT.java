package io.atrium.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the events services refuse by themselves whoever lacks the right, whatever page or
 * endpoint calls them, and a refused cover leaves no event behind. The signed-in person is set on
 * the test's request, as the authentication mechanism would.
 */
@ExtendWith(ArquillianExtension.class)
class EventsServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app().addClasses(TestTenants.class, InTransaction.class);
  }

  @Inject Tenancy tenancy;

  @Inject Events events;

  @Inject Attendance attendance;

  @Inject TestTenants fixtures;

  @Inject InTransaction transactions;

  @Inject HttpServletRequest request;

  private long lumiere() {
    return fixtures.idOf("lumiere");
  }

  /** Signs in a lumiere staff member on this test's request. */
  private void signIn(String email) {
    long tenant = lumiere();
    long id =
        fixtures.all(tenant, StaffMember.class).stream()
            .filter(s -> s.getEmail().equals(email))
            .findFirst()
            .orElseThrow()
            .getId();
    request.setAttribute(
        AtriumPrincipal.REQUEST_ATTRIBUTE,
        new AtriumPrincipal(AtriumPrincipal.Kind.STAFF, tenant, "lumiere", id, email, email));
  }

  private long parisCentre() {
    return fixtures.all(lumiere(), Centre.class).stream()
        .filter(c -> c.getCode().equals("PAR1"))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private EventDetails details(String title) {
    EventDetails details = new EventDetails();
    details.setCentreId(parisCentre());
    details.setTitle(title);
    details.setDate(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2));
    details.setStartTime(LocalTime.of(12, 30));
    details.setEndTime(LocalTime.of(14, 0));
    details.setLocation("Kitchen");
    details.setCapacity(20);
    return details;
  }

  @Test
  void aTechnicianWithoutEventsRightsIsRefusedByEveryService() {
    signIn("tech@lumiere.test");
    EventDetails details = details("Technician's event");
    tenancy.runAsTenant(
        lumiere(),
        () -> {
          assertThrows(ForbiddenException.class, () -> events.list(EventSearch.ALL, 0, 10));
          assertThrows(ForbiddenException.class, () -> events.count(EventSearch.ALL));
          assertThrows(ForbiddenException.class, () -> events.get(1L));
          assertThrows(ForbiddenException.class, () -> events.create(details, null));
          assertThrows(ForbiddenException.class, () -> events.update(1L, details, null));
          assertThrows(ForbiddenException.class, () -> events.publish(1L, true));
          assertThrows(ForbiddenException.class, () -> events.cancel(1L));
          assertThrows(ForbiddenException.class, () -> events.cover(1L));
          assertThrows(ForbiddenException.class, () -> attendance.attendees(1L));
          assertThrows(ForbiddenException.class, () -> attendance.checkIn(1L, 1L));
        });
  }

  @Test
  void aDisguisedCoverRefusesTheWholeNewEvent() {
    signIn("admin@lumiere.test");
    String title = "Disguised cover " + UUID.randomUUID();
    var script =
        new CoverUpload(
            "photo.png",
            new ByteArrayInputStream(
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)));
    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () -> tenancy.runAsTenant(lumiere(), () -> events.create(details(title), script)));
    assertEquals("file.rejected.type", refused.fieldKeys().get("cover"));
    long written =
        fixtures.all(lumiere(), CommunityEvent.class).stream()
            .filter(e -> e.getTitle().equals(title))
            .count();
    assertEquals(0, written, "nothing written");
  }
}
