package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A booking changed through {@code PUT /api/bookings/{id}} (000 "Cancel / modify within policy"):
 * staff move a room's booking by half an hour over its own old slot, and it is priced again, billed
 * again (the old consumption withdrawn), its door and Wi-Fi access follow, the client is sent the
 * event with its next SEQUENCE, and the change is audited; a move onto a taken slot, to another
 * centre's space, of a cancelled booking, or of another tenant's is refused and changes nothing; a
 * member changes their own booking before it starts, not another member's, and a User cannot move a
 * free booking into a paid room.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingChangesApiIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String staff;
  private long lumiereId;
  private LocalDate day;

  @BeforeAll
  static void smtp() {
    MailCatcher.start();
  }

  @AfterAll
  static void stopSmtp() {
    MailCatcher.stop();
  }

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    staff = api.token("lumiere", "admin@lumiere.test");
    lumiereId = Api.tenantId(staff);
    // A Wednesday of its own, within the year: access is made for bookings to come.
    day =
        io.atrium.testing.FreeDay.random(
            lumiereId,
            java.time.DayOfWeek.WEDNESDAY,
            2,
            42,
            space("Salle Lumière"),
            space("Verrière"));
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  private long space(String name) {
    return lumiere("SELECT id FROM space WHERE name = ? ORDER BY id LIMIT 1", name);
  }

  private String at(int hour, int minute) {
    return ZonedDateTime.of(day.atTime(hour, minute), PARIS).toOffsetDateTime().toString();
  }

  private JsonObjectBuilder change(String space, int fromHour, int fromMinute, int toHour) {
    return Json.createObjectBuilder()
        .add("spaceId", space(space))
        .add("startsAt", at(fromHour, fromMinute))
        .add("endsAt", at(toHour, 0))
        .add("guests", 5)
        .add("title", "Comité déplacé");
  }

  private long bookForKaolin(String space, int from, int to) {
    var booked =
        api.post(
            "api/bookings",
            staff,
            Json.createObjectBuilder()
                .add("spaceId", space(space))
                .add("companyId", lumiere("SELECT id FROM company WHERE name = 'Studio Kaolin'"))
                .add("startsAt", at(from, 0))
                .add("endsAt", at(to, 0))
                .add("title", "Comité")
                .build()
                .toString());
    assertEquals(201, booked.statusCode(), booked.body());
    return Api.json(booked).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> put(long id, String token, JsonObjectBuilder form) {
    return api.put("api/bookings/" + id, token, form.build().toString());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void staffMoveABookingOverItsOwnSlotAndItIsPricedBilledGivenAccessMailedAndAudited()
      throws Exception {
    long id = bookForKaolin("Salle Lumière", 10, 11);
    BigDecimal before =
        new BigDecimal(
            TestDatabase.textFromClient(
                lumiereId, "SELECT net_total FROM booking WHERE id = ?", id));
    long oldConsumption = lumiere("SELECT consumption_id FROM booking WHERE id = ?", id);

    var moved = put(id, staff, change("Salle Lumière", 10, 30, 12));
    assertEquals(200, moved.statusCode(), moved.body());
    JsonObject body = Api.json(moved);
    assertEquals(
        ZonedDateTime.parse(at(10, 30)).toInstant().toString(), body.getString("startsAt"));
    assertEquals(5, body.getInt("guests"));
    assertEquals("Comité déplacé", body.getString("title"));
    BigDecimal after = body.getJsonNumber("netTotal").bigDecimalValue();
    assertEquals(
        0,
        before.multiply(new BigDecimal("1.5")).compareTo(after),
        "an hour and a half at the hour's price: " + before + " then " + after);
    long newConsumption = body.getJsonNumber("consumptionId").longValue();
    assertNotEquals(oldConsumption, newConsumption);
    assertEquals(0, lumiere("SELECT count(*) FROM consumption WHERE id = ?", oldConsumption));
    assertEquals(
        "1.5",
        TestDatabase.textFromClient(
            lumiereId,
            "SELECT trim(trailing '0' FROM quantity::text) FROM consumption WHERE id = ?",
            newConsumption),
        "billed again for its new length");
    assertEquals(
        2,
        lumiere(
            "SELECT count(*) FROM access_grant WHERE booking_id = ? AND valid_from ="
                + " ?::timestamptz",
            id,
            at(10, 30)),
        "the door and Wi-Fi access follow the new times: "
            + TestDatabase.textFromClient(
                lumiereId,
                "SELECT string_agg(valid_from::text || ' ' || status, ', ') FROM access_grant"
                    + " WHERE booking_id = ?",
                id));

    // Its old first half hour is free again; the new slot is held.
    assertEquals(
        201,
        api.post(
                "api/bookings",
                staff,
                Json.createObjectBuilder()
                    .add("spaceId", space("Salle Lumière"))
                    .add(
                        "companyId", lumiere("SELECT id FROM company WHERE name = 'Studio Kaolin'"))
                    .add("startsAt", at(10, 0))
                    .add("endsAt", at(10, 30))
                    .build()
                    .toString())
            .statusCode());
    assertProblem(put(id, staff, change("Salle Lumière", 9, 30, 11)), 409);

    String address =
        TestDatabase.textFromClient(
            lumiereId,
            "SELECT coalesce(nullif(c.email, ''), m.email) FROM company c"
                + " LEFT JOIN member m ON m.id = c.main_contact_id WHERE c.name = 'Studio Kaolin'");
    String uid = "UID:booking-" + id + "@atrium";
    List<String> events = new ArrayList<>();
    assertTrue(
        Poll.until(
            Duration.ofSeconds(30),
            Duration.ofMillis(200),
            () -> {
              events.clear();
              for (MimeMessage mail : MailCatcher.messagesTo(address::equalsIgnoreCase)) {
                String ics = BookingsApiIT.calendar(mail);
                if (ics != null && ics.contains(uid) && ics.contains("SEQUENCE:1")) {
                  events.add(ics);
                }
              }
              return events.size() == 1;
            }),
        "the client is sent the event again, with its next sequence: " + events);
    assertTrue(events.get(0).contains("METHOD:PUBLISH"), events.get(0));
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND action = 'UPDATE'"
                + " AND entity_id = ? AND actor_kind = 'STAFF'",
            String.valueOf(id)),
        "the change is audited with its actor");
  }

  @Test
  void refusedChangesChangeNothing() {
    long id = bookForKaolin("Salle Lumière", 14, 15);
    String before =
        TestDatabase.textFromClient(
            lumiereId,
            "SELECT starts_at || ' ' || space_id || ' ' || sequence FROM booking WHERE id = ?",
            id);

    var otherCentre = put(id, staff, change("Salle Rhône", 14, 0, 15));
    assertProblem(otherCentre, 400);
    assertTrue(Api.json(otherCentre).getJsonObject("errors").containsKey("spaceId"));
    var backwards = put(id, staff, change("Salle Lumière", 16, 0, 15));
    assertProblem(backwards, 400);
    assertTrue(Api.json(backwards).getJsonObject("errors").containsKey("endsAt"));
    var payer =
        put(
            id,
            staff,
            change("Salle Lumière", 14, 0, 16)
                .add("companyId", lumiere("SELECT id FROM company WHERE name = 'Studio Kaolin'")));
    assertProblem(payer, 400);

    String banyan = api.token("banyan", "admin@banyan.test");
    assertProblem(put(id, banyan, change("Salle Lumière", 14, 0, 16)), 404);
    long neem =
        TestDatabase.countFromClient(
            Api.tenantId(banyan), "SELECT id FROM space WHERE name = ?", "Neem");
    var foreign =
        put(
            id,
            staff,
            Json.createObjectBuilder()
                .add("spaceId", neem)
                .add("startsAt", at(14, 0))
                .add("endsAt", at(15, 0)));
    assertProblem(foreign, 400);
    assertTrue(Api.json(foreign).getJsonObject("errors").containsKey("spaceId"));
    assertEquals(
        before,
        TestDatabase.textFromClient(
            lumiereId,
            "SELECT starts_at || ' ' || space_id || ' ' || sequence FROM booking WHERE id = ?",
            id),
        "unchanged");

    assertEquals(200, api.post("api/bookings/" + id + "/cancel", staff, "{}").statusCode());
    assertProblem(put(id, staff, change("Salle Lumière", 14, 0, 16)), 409);
  }

  @Test
  void aMemberChangesTheirOwnBookingButNotAnothersNorIntoAPaidRoomAsAUser() {
    String admin = api.token("lumiere", "admin@kaolin.test");
    String user = api.token("lumiere", "user@kaolin.test");
    var booked =
        api.post(
            "api/bookings",
            user,
            Json.createObjectBuilder()
                .add("spaceId", space("Verrière"))
                .add("startsAt", at(18, 0))
                .add("endsAt", at(19, 0))
                .build()
                .toString());
    assertEquals(201, booked.statusCode(), booked.body());
    long id = Api.json(booked).getJsonNumber("id").longValue();

    assertProblem(put(id, admin, change("Verrière", 19, 0, 20)), 404);
    var paid = put(id, user, change("Salle Lumière", 18, 0, 19));
    assertProblem(paid, 403);
    assertEquals(
        space("Verrière"),
        lumiere("SELECT space_id FROM booking WHERE id = ?", id),
        "still the free room");
    assertProblem(put(id, user, change("Verrière", 19, 0, 20).add("discountPercent", 10)), 400);

    var later = put(id, user, change("Verrière", 19, 0, 21));
    assertEquals(200, later.statusCode(), later.body());
    assertEquals(
        ZonedDateTime.parse(at(21, 0)).toInstant().toString(),
        Api.json(later).getString("endsAt"),
        "moved to 19:00–21:00");
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND action = 'UPDATE'"
                + " AND entity_id = ? AND actor_kind = 'MEMBER'",
            String.valueOf(id)));
  }
}
