package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Bookings through the REST API in the demo operators: a room is booked, an overlapping request is
 * refused with the taken slot's time, the next hour fits, cancelling frees the slot; refused input
 * writes nothing; another tenant's ids are unknown in bodies and not found in paths; and R3: a
 * hundred clients asking for the same slot at once get one booking and 99 conflicts. Each test
 * books a day of its own, far ahead, so tests never meet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingsApiIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String lumiere;
  private String banyan;
  private long lumiereId;
  private long banyanId;
  private Instant day;

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
    lumiere = api.token("lumiere", "admin@lumiere.test");
    banyan = api.token("banyan", "admin@banyan.test");
    lumiereId = Api.tenantId(lumiere);
    banyanId = Api.tenantId(banyan);
    // A Monday (Salle Lumière opens Mo-Fr 08:00-20:00, Paris time) years ahead on which Salle
    // Lumière has no booking yet, nor on the three Mondays after (the weekly series' weeks): CI
    // saw a random one meet another test's bookings of that room.
    day =
        io.atrium.testing.FreeDay.randomRun(
                lumiereId, java.time.DayOfWeek.MONDAY, 300, 700, 4, room())
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  private long room() {
    return lumiere("SELECT id FROM space WHERE name = ?", "Salle Lumière");
  }

  private JsonObjectBuilder form(long space, int fromHour, int toHour) {
    return Json.createObjectBuilder()
        .add("spaceId", space)
        .add("companyId", lumiere("SELECT id FROM company WHERE name = ?", "Studio Kaolin"))
        .add("startsAt", at(fromHour))
        .add("endsAt", at(toHour))
        .add("guests", 4)
        .add("title", "Comité de rédaction");
  }

  private String at(int hour) {
    return day.plus(Duration.ofHours(hour)).atOffset(ZoneOffset.ofHours(1)).toString();
  }

  private String paris(int hour) {
    return day.plus(Duration.ofHours(hour))
        .atZone(java.time.ZoneId.of("Europe/Paris"))
        .toOffsetDateTime()
        .toString();
  }

  private HttpResponse<String> book(JsonObjectBuilder form) {
    return api.post("api/bookings", lumiere, form.build().toString());
  }

  private long rows() {
    return lumiere("SELECT count(*) FROM booking");
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void aRoomIsBookedAnOverlapIsRefusedWithItsTimeAndCancellingFreesTheSlot() {
    long room = room();
    var booked = book(form(room, 10, 11));
    assertEquals(201, booked.statusCode(), booked.body());
    JsonObject body = Api.json(booked);
    long id = body.getJsonNumber("id").longValue();
    assertTrue(booked.headers().firstValue("Location").orElse("").endsWith("/api/bookings/" + id));
    assertEquals("CONFIRMED", body.getString("status"));
    assertEquals("Studio Kaolin", body.getString("payer"));
    assertEquals(day.plus(Duration.ofHours(10)).toString(), body.getString("startsAt"));
    assertEquals("Europe/Paris", body.getString("zone"));

    var overlap = book(form(room, 10, 12));
    assertProblem(overlap, 409);
    String detail = Api.json(overlap).getString("detail");
    // On the centre's clock, with its offset.
    assertTrue(detail.contains(paris(10)), detail);
    assertTrue(detail.contains(paris(11)), detail);
    assertFalse(detail.contains("Kaolin"), "who holds the slot is not told: " + detail);

    var next = book(form(room, 11, 12));
    assertEquals(201, next.statusCode(), "10–11 then 11–12 both fit: " + next.body());

    var busy =
        api.get(
            "api/availability?space=" + room + "&from=" + enc(at(0)) + "&to=" + enc(at(24)),
            lumiere);
    assertEquals(200, busy.statusCode(), busy.body());
    assertEquals(2, Api.jsonArray(busy).size(), busy.body());
    assertFalse(busy.body().contains("Kaolin"), busy.body());

    var cancelled = api.post("api/bookings/" + id + "/cancel", lumiere, "{}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Api.json(cancelled).getString("status"));
    assertProblem(api.post("api/bookings/" + id + "/cancel", lumiere, "{}"), 409);
    var again = book(form(room, 10, 11));
    assertEquals(201, again.statusCode(), "the cancelled slot is free: " + again.body());

    var listed =
        api.get(
            "api/bookings?space=" + room + "&from=" + enc(at(0)) + "&to=" + enc(at(24)), lumiere);
    assertEquals(200, listed.statusCode(), listed.body());
    // This test's three, by their title: another test may have picked the same random day.
    assertEquals(
        3,
        Api.json(listed).getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(b -> "Comité de rédaction".equals(b.getString("title", null)))
            .count(),
        listed.body());
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND action = 'CANCEL'"
                + " AND entity_id = ?",
            String.valueOf(id)),
        "the cancellation is audited");
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndWritesNothing() {
    long room = room();
    long before = rows();
    assertField(book(form(room, 10, 11).add("startsAt", "tomorrow at ten")), "startsAt");
    assertField(book(form(room, 11, 10)), "endsAt");
    assertField(book(form(room, 10, 40)), "endsAt");
    assertField(book(form(room, 10, 11).add("guests", 11)), "guests");
    assertField(book(form(room, 5, 7)), "startsAt"); // closed before 08:00 in Paris
    assertField(book(form(room, 19, 21)), "startsAt"); // closes at 20:00
    assertField(book(form(room, 10, 11).add("guests", 0)), "guests");
    assertField(
        book(form(room, 10, 11).add("memberId", lumiere("SELECT min(id) FROM member"))),
        "companyId");
    assertField(
        book(form(lumiere("SELECT id FROM space WHERE name = ?", "Salle Daguerre"), 10, 11)),
        "spaceId");
    assertField(
        book(form(lumiere("SELECT min(id) FROM space WHERE kind = 'DEDICATED_DESK'"), 10, 11)),
        "spaceId");
    assertProblem(book(form(room, 10, 11).add("title", "a\u0000b")), 400);
    assertProblem(book(form(room, 10, 11).add("title", "x".repeat(121))), 400);
    assertProblem(api.post("api/bookings", lumiere, "{\"spaceId\": "), 400);
    assertProblem(api.post("api/bookings", lumiere, "[1, 2]"), 400);
    var past =
        api.post(
            "api/bookings",
            lumiere,
            form(room, 10, 11)
                .add("startsAt", "2020-01-06T10:00:00+01:00")
                .add("endsAt", "2020-01-06T11:00:00+01:00")
                .build()
                .toString());
    assertField(past, "endsAt");
    assertField(
        api.get(
            "api/availability?space=" + room + "&from=" + enc(at(0)) + "&to=2099-01-01T00:00Z",
            lumiere),
        "to");
    assertEquals(before, rows(), "nothing written");
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    assertTrue(Api.json(response).getJsonObject("errors").containsKey(field), response.body());
  }

  @Test
  void anotherTenantsIdsAreUnknownInBodiesAndNotFoundInPaths() {
    long neem =
        TestDatabase.countFromClient(banyanId, "SELECT id FROM space WHERE name = ?", "Neem");
    long chai =
        TestDatabase.countFromClient(
            banyanId, "SELECT id FROM company WHERE name = ?", "Chai Labs");
    long before = rows();
    assertField(book(form(neem, 10, 11)), "spaceId");
    assertField(book(form(room(), 10, 11).add("companyId", chai)), "companyId");
    assertEquals(before, rows());
    assertProblem(
        api.get(
            "api/availability?space=" + neem + "&from=" + enc(at(0)) + "&to=" + enc(at(24)),
            lumiere),
        404);

    var mine = book(form(room(), 14, 15));
    assertEquals(201, mine.statusCode(), mine.body());
    long id = Api.json(mine).getJsonNumber("id").longValue();
    assertProblem(api.get("api/bookings/" + id, banyan), 404);
    assertProblem(api.post("api/bookings/" + id + "/cancel", banyan, "{}"), 404);
    assertFalse(api.get("api/bookings?size=200", banyan).body().contains("Comité de rédaction"));
    assertEquals("CONFIRMED", Api.json(api.get("api/bookings/" + id, lumiere)).getString("status"));
  }

  /** R3: a hundred clients book the same slot at once: one booking, 99 conflicts, no overlap. */
  @Test
  void aHundredClientsAskingForTheSameSlotGetOneBookingAndNinetyNineConflicts() throws Exception {
    long room = room();
    String body = form(room, 16, 17).build().toString();
    ExecutorService clients = Executors.newFixedThreadPool(100);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        answers.add(clients.submit(() -> api.post("api/bookings", lumiere, body)));
      }
      int created = 0;
      int conflicts = 0;
      List<String> others = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        if (response.statusCode() == 201) {
          created++;
        } else if (response.statusCode() == 409) {
          conflicts++;
        } else {
          others.add(response.statusCode() + " " + response.body());
        }
      }
      assertEquals(List.of(), others, "no other answer, no 5xx");
      assertEquals(1, created);
      assertEquals(99, conflicts);
    } finally {
      clients.shutdownNow();
    }
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM booking WHERE space_id = ? AND status <> 'CANCELLED'"
                + " AND during && tstzrange(?::timestamptz, ?::timestamptz)",
            room,
            at(16),
            at(17)),
        "one held booking in the slot");
  }

  /**
   * Every week until a day: the free weeks are booked under one series, the week already taken is
   * reported with its time and left out; the client gets one mail with every occurrence.
   */
  @Test
  void aWeeklyBookingBooksTheFreeWeeksAndReportsTheTakenOne() {
    long room = room();
    // The second week at the series' wall-clock time in Paris: the same instant of day only when
    // no change of daylight saving time falls between (the random week may cross one).
    Instant week2 =
        day.plus(Duration.ofHours(9))
            .atZone(java.time.ZoneId.of("Europe/Paris"))
            .plusWeeks(1)
            .toInstant();
    var blocker =
        book(
            form(room, 0, 0)
                .add("startsAt", week2.toString())
                .add("endsAt", week2.plus(Duration.ofHours(1)).toString()));
    assertEquals(201, blocker.statusCode(), blocker.body());

    var weekly =
        api.post(
            "api/bookings/weekly",
            lumiere,
            form(room, 9, 10)
                .add(
                    "repeatUntil", day.atZone(ZoneOffset.UTC).toLocalDate().plusWeeks(3).toString())
                .build()
                .toString());
    assertEquals(201, weekly.statusCode(), weekly.body());
    JsonObject series = Api.json(weekly);
    assertEquals(3, series.getJsonArray("booked").size(), weekly.body());
    assertEquals(1, series.getJsonArray("taken").size(), weekly.body());
    assertEquals(
        week2.toString(), series.getJsonArray("taken").getJsonObject(0).getString("startsAt"));
    long seriesId = series.getJsonNumber("seriesId").longValue();
    assertEquals(
        3, lumiere("SELECT count(*) FROM booking WHERE series_id = ?", seriesId), "one series");

    long before = rows();
    assertField(
        api.post(
            "api/bookings/weekly",
            lumiere,
            form(room, 14, 15).add("repeatUntil", "2099-01-01").build().toString()),
        "repeatUntil");
    assertField(
        api.post("api/bookings/weekly", lumiere, form(room, 14, 15).build().toString()),
        "repeatUntil");
    assertEquals(before, rows(), "nothing written");
  }

  /** The overview as CSV: the reader's language, Paris's clock, no formula, no other tenant. */
  @Test
  void theOverviewExportsAsCsvInTheReadersLanguage() {
    long room = room();
    var booked = book(form(room, 15, 16).add("title", "=HYPERLINK(\"x\")"));
    assertEquals(201, booked.statusCode(), booked.body());
    String window = "&from=" + enc(at(0)) + "&to=" + enc(at(24));
    var csv =
        api.get("api/bookings/export?space=" + room + window, lumiere, "Accept-Language", "fr");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().toString());
    String[] lines = csv.body().split("\r?\n");
    assertTrue(lines[0].contains("Espace") && lines[0].contains("Client"), lines[0]);
    String row =
        java.util.Arrays.stream(lines)
            .filter(l -> l.contains("HYPERLINK"))
            .findFirst()
            .orElseThrow();
    assertTrue(row.contains("'=HYPERLINK"), "a formula is written as text: " + row);
    assertTrue(row.contains("Salle Lumière") && row.contains("Studio Kaolin"), row);
    assertTrue(row.contains("Confirmée"), row);
    assertTrue(row.contains(paris(15).substring(11, 16)), "Paris's clock: " + row);
    assertFalse(
        api.get("api/bookings/export?" + window.substring(1), banyan).body().contains("HYPERLINK"),
        "another tenant's overview holds none of it");
  }

  /**
   * Below the application: SQL written by hand, as the application's role, cannot hold a slot twice
   * either; a cancelled booking does not hold it.
   */
  @Test
  void theDatabaseRefusesASecondHeldBookingOfTheSlotWhoeverWritesIt() {
    long room = room();
    var booked = book(form(room, 8, 9));
    assertEquals(201, booked.statusCode(), booked.body());
    String insert =
        "INSERT INTO booking (tenant_id, id, centre_id, space_id, company_id, starts_at, ends_at,"
            + " status) SELECT tenant_id, nextval('atrium_id_seq'), centre_id, space_id,"
            + " company_id, starts_at + interval '30 minutes', ends_at, ? FROM booking WHERE id = ?";
    long id = Api.json(booked).getJsonNumber("id").longValue();
    var refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class,
            () -> TestDatabase.updateFromClient(lumiereId, insert, "CONFIRMED", id));
    assertEquals("23P01", ((java.sql.SQLException) refused.getCause()).getSQLState());
    assertEquals(1, TestDatabase.updateFromClient(lumiereId, insert, "CANCELLED", id));
  }

  /**
   * The client hears of it: Studio Kaolin's address gets the booking as a calendar event, then its
   * cancellation (same event, next sequence, METHOD:CANCEL); its main contact gets both notices.
   */
  @Test
  void theClientIsMailedTheEventWhenBookedAndItsCancellationWhenCancelled() throws Exception {
    var booked = book(form(room(), 12, 13));
    assertEquals(201, booked.statusCode(), booked.body());
    long id = Api.json(booked).getJsonNumber("id").longValue();
    assertEquals(200, api.post("api/bookings/" + id + "/cancel", lumiere, "{}").statusCode());

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
                String ics = calendar(mail);
                if (ics != null && ics.contains(uid)) {
                  events.add(ics);
                }
              }
              return events.size() == 2;
            }),
        "two mails to " + address + " with the booking's event: " + events);
    String start =
        "DTSTART:"
            + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(day.plus(Duration.ofHours(12)));
    String confirmed =
        events.stream().filter(e -> e.contains("METHOD:PUBLISH")).findFirst().orElseThrow();
    assertTrue(
        confirmed.contains("SEQUENCE:0") && confirmed.contains("STATUS:CONFIRMED"), confirmed);
    assertTrue(confirmed.contains(start), start + " in " + confirmed);
    String cancelled =
        events.stream().filter(e -> e.contains("METHOD:CANCEL")).findFirst().orElseThrow();
    assertTrue(
        cancelled.contains("SEQUENCE:1") && cancelled.contains("STATUS:CANCELLED"), cancelled);
    assertEquals(
        2,
        lumiere(
            "SELECT count(*) FROM notification n JOIN company c ON c.main_contact_id ="
                + " n.recipient_id WHERE c.name = 'Studio Kaolin' AND n.recipient_kind = 'MEMBER'"
                // ids come in order from one sequence: the notices made since the booking
                + " AND n.title LIKE ? AND n.id > ?",
            "%Salle Lumière%",
            id),
        "the main contact's notices: booked, then cancelled");
  }

  /** The calendar file attached to the mail, or null. */
  /** The booking.ics attachment of a mail, or null. */
  static String calendar(MimeMessage mail) {
    try {
      if (!(mail.getContent() instanceof Multipart parts)) {
        return null;
      }
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if ("booking.ics".equals(part.getFileName())) {
          try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          }
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
