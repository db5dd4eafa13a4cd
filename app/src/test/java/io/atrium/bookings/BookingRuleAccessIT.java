package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A space's rules on who books it and whether members' bookings wait for staff: the Verrière kept
 * for the companies' managers refuses Studio Kaolin's User and takes its Manager; kept for staff,
 * it refuses every member while staff still book it; with confirmation required, a member's booking
 * waits (the slot held, nothing billed, no access, the member told it is requested) until staff
 * confirm it (access queued, the member told) or refuse it (the slot free again). Another tenant's
 * staff cannot decide it. The Verrière's rule is set back after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingRuleAccessIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String staff;
  private long lumiereId;
  private long paris;
  private long verriere;
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
    paris = TestDatabase.countFromClient(lumiereId, "SELECT id FROM centre WHERE code = 'PAR1'");
    verriere =
        TestDatabase.countFromClient(
            lumiereId, "SELECT id FROM space WHERE name = 'Verrière' ORDER BY id LIMIT 1");
    day =
        LocalDate.now(PARIS)
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.FRIDAY))
            .plusWeeks(2 + ThreadLocalRandom.current().nextInt(60));
  }

  @AfterEach
  void verriereAsTheCentre() {
    rule("{}");
  }

  private void rule(String values) {
    String json =
        values.substring(0, values.length() - 1)
            + (values.length() > 2 ? "," : "")
            + "\"centreId\":"
            + paris
            + ",\"spaceId\":"
            + verriere
            + "}";
    var saved = api.put("api/booking-rules", staff, json);
    assertEquals(200, saved.statusCode(), saved.body());
  }

  private HttpResponse<String> book(String token, int from, int to, boolean forKaolin) {
    var form =
        Json.createObjectBuilder()
            .add("spaceId", verriere)
            .add(
                "startsAt",
                ZonedDateTime.of(day.atTime(from, 0), PARIS).toOffsetDateTime().toString())
            .add(
                "endsAt", ZonedDateTime.of(day.atTime(to, 0), PARIS).toOffsetDateTime().toString());
    if (forKaolin) {
      form.add(
          "companyId",
          TestDatabase.countFromClient(
              lumiereId, "SELECT id FROM company WHERE name = 'Studio Kaolin'"));
    }
    return api.post("api/bookings", token, form.build().toString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String says) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(Api.json(response).getString("detail").contains(says), response.body());
  }

  private static long id(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).getJsonNumber("id").longValue();
  }

  @Test
  void aSpaceKeptForManagersOrForStaffRefusesTheOthers() {
    String user = api.token("lumiere", "user@kaolin.test");
    String manager = api.token("lumiere", "manager@kaolin.test");
    assertProblem(
        api.put(
            "api/booking-rules",
            staff,
            "{\"centreId\":" + paris + ",\"spaceId\":" + verriere + ",\"whoBooks\":\"ANYONE\"}"),
        400,
        "");
    rule("{\"whoBooks\":\"MANAGERS\"}");
    assertProblem(book(user, 9, 10, false), 403, "managers and administrators");
    id(book(manager, 9, 10, false));

    rule("{\"whoBooks\":\"STAFF_ONLY\"}");
    assertProblem(book(manager, 11, 12, false), 403, "staff");
    id(book(staff, 11, 12, true));
    var rules = api.get("api/booking-rules?centre=" + paris, staff);
    assertTrue(rules.body().contains("\"whoBooks\":\"STAFF_ONLY\""), rules.body());
  }

  @Test
  void aMembersBookingWaitsForStaffWhoConfirmOrRefuseIt() throws Exception {
    rule("{\"approvalRequired\":true}");
    String member = api.token("lumiere", "admin@kaolin.test");
    var requested = book(member, 14, 15, false);
    long id = id(requested);
    assertEquals("PENDING_APPROVAL", Api.json(requested).getString("status"));
    assertEquals(
        0,
        TestDatabase.countFromClient(
            lumiereId, "SELECT count(*) FROM access_grant WHERE booking_id = ?", id),
        "no access before it is confirmed");
    assertProblem(book(staff, 14, 15, true), 409, "");
    String uid = "UID:booking-" + id + "@atrium";
    assertTrue(
        Poll.until(
            Duration.ofSeconds(30),
            Duration.ofMillis(200),
            () ->
                MailCatcher.messagesTo("admin@kaolin.test"::equalsIgnoreCase).stream()
                    .anyMatch(m -> requested(m) && BookingsApiIT.calendar(m).contains(uid))),
        "the member is told the booking is requested");

    String banyan = api.token("banyan", "admin@banyan.test");
    assertEquals(404, api.post("api/bookings/" + id + "/confirm", banyan, "{}").statusCode());
    var confirmed = api.post("api/bookings/" + id + "/confirm", staff, "{}");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals("CONFIRMED", Api.json(confirmed).getString("status"));
    assertEquals(
        2,
        TestDatabase.countFromClient(
            lumiereId, "SELECT count(*) FROM access_grant WHERE booking_id = ?", id),
        "door and Wi-Fi access queued at confirmation");
    assertProblem(api.post("api/bookings/" + id + "/confirm", staff, "{}"), 409, "");

    long other = id(book(member, 16, 17, false));
    var refused = api.post("api/bookings/" + other + "/refuse", staff, "{}");
    assertEquals(200, refused.statusCode(), refused.body());
    assertEquals("CANCELLED", Api.json(refused).getString("status"));
    id(book(staff, 16, 17, true)); // the slot is free again
    assertEquals(
        1,
        TestDatabase.countFromClient(
            lumiereId,
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND action = 'REFUSE'"
                + " AND entity_id = ?",
            String.valueOf(other)));
  }

  private static boolean requested(MimeMessage mail) {
    try {
      return mail.getSubject().startsWith("Réservation demandée")
          || mail.getSubject().startsWith("Booking requested");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
