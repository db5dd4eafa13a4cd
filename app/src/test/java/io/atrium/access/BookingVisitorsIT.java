package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.DemoBookings;
import io.atrium.testing.Deployments;
import io.atrium.testing.FreeDay;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Visitors added to a booking through the API (000 workflow 3 step 4), in lumiere with the built-in
 * door and Wi-Fi systems: each is invited for the booking's day and start, gets their own door code
 * and Wi-Fi voucher for its time, follows it when it moves (invited again for the new time), and
 * loses them when it is cancelled. Bad forms and another tenant's bookings and hosts write nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingVisitorsIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String lumiere;
  private long lumiereId;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    lumiere = api.token("lumiere", "admin@lumiere.test");
    lumiereId = Api.tenantId(lumiere);
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  /** Studio Kaolin's meeting in Salle Lumière, 14:00–15:00 on a free weekday. */
  private long booking() {
    long room = lumiere("SELECT id FROM space WHERE name = 'Salle Lumière'");
    LocalDate day = FreeDay.of(lumiereId, room);
    return DemoBookings.book(
        api, lumiere, "Salle Lumière", "Studio Kaolin", day.atTime(14, 0).atZone(PARIS), 1);
  }

  private long lea() {
    return lumiere("SELECT id FROM member WHERE email = 'admin@kaolin.test'");
  }

  private String visitor(Long hostId, String name, String email) {
    var form = Json.createObjectBuilder().add("fullName", name).add("email", email);
    if (hostId != null) {
      form.add("hostId", hostId);
    }
    return form.build().toString();
  }

  /** Each grant of the booking as holder, system and state, the holder's first. */
  private List<String> access(long booking) {
    HttpResponse<String> grants = api.get("api/bookings/" + booking + "/access", lumiere);
    assertEquals(200, grants.statusCode(), grants.body());
    return Api.jsonArray(grants).stream()
        .map(JsonObject.class::cast)
        .map(
            g ->
                (!g.containsKey("visitorId") || g.isNull("visitorId")
                        ? "holder"
                        : g.getString("holder"))
                    + " "
                    + g.getString("system")
                    + " "
                    + g.getString("status"))
        .sorted()
        .toList();
  }

  private void awaitAccess(long booking, List<String> expected) throws Exception {
    assertTrue(
        Poll.until(
            Duration.ofSeconds(60), Duration.ofMillis(250), () -> access(booking).equals(expected)),
        "expected " + expected + ", found " + access(booking));
  }

  @Test
  void aVisitorOfAMeetingIsInvitedForItsStartAndHasAccessForItsTimeUntilItIsCancelled()
      throws Exception {
    long booking = booking();
    String email = "marc." + System.nanoTime() + "@visitor.test";

    HttpResponse<String> added =
        api.post(
            "api/bookings/" + booking + "/visitors",
            lumiere,
            visitor(lea(), "Marc Lefèvre", email));

    assertEquals(201, added.statusCode(), added.body());
    JsonObject invited = Api.json(added);
    JsonObject held = Api.json(api.get("api/bookings/" + booking, lumiere));
    ZonedDateTime start =
        java.time.OffsetDateTime.parse(held.getString("startsAt")).atZoneSameInstant(PARIS);
    assertEquals(booking, invited.getJsonNumber("bookingId").longValue());
    assertEquals(start.toLocalDate().toString(), invited.getString("expectedDate"));
    assertEquals("14:00", invited.getString("visitTime").substring(0, 5));
    assertEquals("Léa Fontaine", invited.getString("hostName"));
    assertEquals("EXPECTED", invited.getString("state"));
    assertEquals(
        1,
        lumiere("SELECT count(*) FROM outbox_mail WHERE to_email = ?", email),
        "the invitation with its check-in code");
    awaitAccess(
        booking,
        List.of(
            "Marc Lefèvre DOOR ACTIVE",
            "Marc Lefèvre WIFI ACTIVE",
            "holder DOOR ACTIVE",
            "holder WIFI ACTIVE"));
    var listed = Api.jsonArray(api.get("api/bookings/" + booking + "/visitors", lumiere));
    assertEquals(1, listed.size());
    assertEquals(email, listed.getJsonObject(0).getString("email"));

    // The meeting moves two hours later: the visitor is expected then, their access follows.
    HttpResponse<String> moved =
        api.put(
            "api/bookings/" + booking,
            lumiere,
            Json.createObjectBuilder()
                .add("spaceId", lumiere("SELECT id FROM space WHERE name = 'Salle Lumière'"))
                .add("startsAt", start.plusHours(2).toOffsetDateTime().toString())
                .add("endsAt", start.plusHours(3).toOffsetDateTime().toString())
                .build()
                .toString());
    assertEquals(200, moved.statusCode(), moved.body());
    long visitorId = invited.getJsonNumber("id").longValue();
    JsonObject later = Api.json(api.get("api/visitors/" + visitorId, lumiere));
    assertEquals("16:00", later.getString("visitTime").substring(0, 5));
    assertEquals(
        2,
        lumiere("SELECT count(*) FROM outbox_mail WHERE to_email = ?", email),
        "invited again for the new time, with a new check-in code");
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Visitor' AND action ="
                + " 'RESCHEDULE' AND entity_id = ?",
            Long.toString(visitorId)));
    assertEquals(
        2,
        lumiere(
            "SELECT count(*) FROM access_grant WHERE visitor_id = ? AND valid_from = ?::timestamptz",
            visitorId,
            start.plusHours(2).toOffsetDateTime().toString()));

    assertEquals(200, api.post("api/bookings/" + booking + "/cancel", lumiere, "{}").statusCode());
    awaitAccess(
        booking,
        List.of(
            "Marc Lefèvre DOOR REVOKED",
            "Marc Lefèvre WIFI REVOKED",
            "holder DOOR REVOKED",
            "holder WIFI REVOKED"));
    assertEquals(
        "CANCELLED",
        Api.json(api.get("api/visitors/" + visitorId, lumiere)).getString("state"),
        "no longer expected by reception");
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM outbox_mail WHERE to_email = ? AND lower(subject) ~ 'annul|cancel'",
            email),
        "told not to come, in the host's language");
    HttpResponse<String> over =
        api.post(
            "api/bookings/" + booking + "/visitors",
            lumiere,
            visitor(lea(), "Trop Tard", "tard." + System.nanoTime() + "@visitor.test"));
    assertEquals(409, over.statusCode(), over.body());
  }

  @Test
  void aMemberInvitesAVisitorToTheirOwnBookingButNotToAnothers() throws Exception {
    long room = lumiere("SELECT id FROM space WHERE name = 'Salle Lumière'");
    LocalDate day = FreeDay.of(lumiereId, room);
    String lea = api.token("lumiere", "admin@kaolin.test");
    HttpResponse<String> booked =
        api.post(
            "api/bookings",
            lea,
            Json.createObjectBuilder()
                .add("spaceId", room)
                .add("startsAt", day.atTime(9, 0).atZone(PARIS).toOffsetDateTime().toString())
                .add("endsAt", day.atTime(10, 0).atZone(PARIS).toOffsetDateTime().toString())
                .build()
                .toString());
    assertEquals(201, booked.statusCode(), booked.body());
    long booking = Api.json(booked).getJsonNumber("id").longValue();
    String hugo = api.token("lumiere", "manager@kaolin.test");

    assertEquals(
        404,
        api.post(
                "api/bookings/" + booking + "/visitors",
                hugo,
                visitor(null, "Pas Le Sien", "pas." + System.nanoTime() + "@visitor.test"))
            .statusCode(),
        "another member's booking");
    HttpResponse<String> added =
        api.post(
            "api/bookings/" + booking + "/visitors",
            lea,
            visitor(null, "Zoé Marchand", "zoe." + System.nanoTime() + "@visitor.test"));

    assertEquals(201, added.statusCode(), added.body());
    assertEquals("Léa Fontaine", Api.json(added).getString("hostName"), "the member hosts");
    assertEquals(1, Api.jsonArray(api.get("api/bookings/" + booking + "/visitors", lea)).size());
    awaitAccess(
        booking,
        List.of(
            "Zoé Marchand DOOR ACTIVE",
            "Zoé Marchand WIFI ACTIVE",
            "holder DOOR ACTIVE",
            "holder WIFI ACTIVE"));
  }

  @Test
  void aBadVisitorIsRefusedFieldByFieldAndNothingIsWritten() {
    long booking = booking();

    HttpResponse<String> noHost =
        api.post(
            "api/bookings/" + booking + "/visitors",
            lumiere,
            visitor(null, "Sans Hôte", "hote." + System.nanoTime() + "@visitor.test"));
    assertEquals(400, noHost.statusCode(), noHost.body());
    assertTrue(
        noHost.body().contains("hostId"), "a company's booking names its host: " + noHost.body());

    HttpResponse<String> noEmail =
        api.post(
            "api/bookings/" + booking + "/visitors",
            lumiere,
            "{\"fullName\":\"Sans Courriel\",\"hostId\":" + lea() + "}");
    assertEquals(400, noEmail.statusCode(), noEmail.body());
    assertTrue(noEmail.body().contains("email"), noEmail.body());

    assertEquals(400, api.post("api/bookings/" + booking + "/visitors", lumiere, "{").statusCode());
    assertEquals(0, lumiere("SELECT count(*) FROM visitor WHERE booking_id = ?", booking));
    assertEquals(
        0,
        lumiere(
            "SELECT count(*) FROM access_grant WHERE visitor_id IS NOT NULL AND booking_id = ?",
            booking));
  }

  @Test
  void anotherTenantsBookingAndHostAreOutOfReach() {
    long booking = booking();
    String banyan = api.token("banyan", "admin@banyan.test");
    long banyanId = Api.tenantId(banyan);
    long banyanMember =
        TestDatabase.countFromClient(
            banyanId, "SELECT min(id) FROM member WHERE company_id IS NOT NULL");

    assertEquals(404, api.get("api/bookings/" + booking + "/visitors", banyan).statusCode());
    assertEquals(
        404,
        api.post(
                "api/bookings/" + booking + "/visitors",
                banyan,
                visitor(null, "Intrus", "intrus." + System.nanoTime() + "@visitor.test"))
            .statusCode());
    HttpResponse<String> foreignHost =
        api.post(
            "api/bookings/" + booking + "/visitors",
            lumiere,
            visitor(
                banyanMember, "Hôte Étranger", "etranger." + System.nanoTime() + "@visitor.test"));
    assertEquals(400, foreignHost.statusCode(), foreignHost.body());
    assertEquals(0, lumiere("SELECT count(*) FROM visitor WHERE booking_id = ?", booking));
  }
}
