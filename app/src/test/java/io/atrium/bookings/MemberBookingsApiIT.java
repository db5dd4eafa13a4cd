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
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
 * Members book from the API, as the mobile app does (001, client space §3): Studio Kaolin's
 * administrator books Salle Lumière for the company at its price, is mailed the booking and finds
 * it among their bookings, not among another member's; the User of the same company may book the
 * free Verrière but not the paid room; a member cannot name a payer, a discount or an invoice; a
 * member cancels their own booking before it starts, not another's, not one that has started; and
 * another tenant's bookings and spaces are out of reach. Each test books a day of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberBookingsApiIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
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
    lumiereId = Api.tenantId(api.token("lumiere", "admin@lumiere.test"));
    // A Monday well ahead: Salle Lumière opens Mo-Fr 08:00-20:00, the Verrière Mo-Sa 09:00-22:00.
    day =
        io.atrium.testing.FreeDay.randomFrom(
            lumiereId,
            LocalDate.of(2031, 1, 6),
            300,
            lumiere("SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1"),
            lumiere("SELECT id FROM space WHERE name = 'Verrière' ORDER BY id LIMIT 1"));
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  private long space(String name) {
    return lumiere("SELECT id FROM space WHERE name = ?", name);
  }

  private String at(int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), PARIS).toOffsetDateTime().toString();
  }

  private JsonObjectBuilder form(String space, int from, int to) {
    return Json.createObjectBuilder()
        .add("spaceId", space(space))
        .add("startsAt", at(from))
        .add("endsAt", at(to))
        .add("guests", 3)
        .add("title", "Point produit");
  }

  private HttpResponse<String> book(String token, JsonObjectBuilder form) {
    return api.post("api/bookings", token, form.build().toString());
  }

  private long rows() {
    return lumiere("SELECT count(*) FROM booking");
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void anAdministratorBooksARoomForTheCompanyIsMailedAndFindsItAmongTheirBookings()
      throws Exception {
    String admin = api.token("lumiere", "admin@kaolin.test");
    var booked = book(admin, form("Salle Lumière", 10, 12));
    assertEquals(201, booked.statusCode(), booked.body());
    JsonObject body = Api.json(booked);
    long id = body.getJsonNumber("id").longValue();
    assertEquals("Studio Kaolin", body.getString("payer"), "billed to the member's company");
    assertEquals("Léa Fontaine", body.getString("bookedBy"));
    assertEquals("CONFIRMED", body.getString("status"));
    assertTrue(body.getJsonNumber("netTotal").bigDecimalValue().signum() > 0, body.toString());
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM consumption c JOIN booking b ON b.consumption_id = c.id"
                + " WHERE b.id = ? AND c.invoice_id IS NULL AND c.company_id = b.company_id",
            id),
        "a consumption of the company, for the monthly billing run");
    assertEquals(
        "MEMBER",
        TestDatabase.textFromClient(
            lumiereId,
            "SELECT actor_kind FROM audit_entry WHERE entity_type = 'Booking' AND entity_id = ?"
                + " AND action = 'CREATE'",
            String.valueOf(id)),
        "audited with its real actor");
    assertEquals(
        "Léa Fontaine",
        TestDatabase.textFromClient(
            lumiereId,
            "SELECT string_agg(DISTINCT holder, ', ') FROM access_grant WHERE booking_id = ? AND"
                + " status = 'ACTIVE'",
            id),
        "the door code and Wi-Fi voucher are the member's who booked, made with the booking");
    var access = api.get("api/bookings/" + id + "/access", admin);
    assertEquals(200, access.statusCode(), access.body());
    var codes = Api.jsonArray(access);
    assertEquals(2, codes.size(), "their door and Wi-Fi access, to show at the door: " + codes);
    assertTrue(
        codes.getJsonObject(0).getString("credential").matches("[0-9]{6}"), codes.toString());
    assertTrue(
        codes.getJsonObject(1).getString("credential").matches("[A-Z2-9]{8}"), codes.toString());

    String uid = "UID:booking-" + id + "@atrium";
    assertTrue(
        Poll.until(
            Duration.ofSeconds(30),
            Duration.ofMillis(200),
            () ->
                MailCatcher.messagesTo("admin@kaolin.test"::equalsIgnoreCase).stream()
                    .map(BookingsApiIT::calendar)
                    .anyMatch(ics -> ics != null && ics.contains(uid))),
        "the member who booked is mailed the booking's event");

    var mine = api.get("api/bookings", admin);
    assertEquals(200, mine.statusCode(), mine.body());
    // Their list has their company's bookings too (staff's, other tests'): read every page.
    assertTrue(lists(admin, id), "among the administrator's bookings");
    assertEquals(200, api.get("api/bookings/" + id, admin).statusCode());

    String manager = api.token("lumiere", "manager@kaolin.test");
    var theirs = api.get("api/bookings", manager);
    assertEquals(200, theirs.statusCode(), theirs.body());
    assertTrue(!theirs.body().contains("\"id\":" + id), "another member's list: " + theirs.body());
    assertProblem(api.get("api/bookings/" + id, manager), 404);
    assertProblem(api.get("api/bookings/" + id + "/access", manager), 404);

    var overlap = book(manager, form("Salle Lumière", 11, 13));
    assertProblem(overlap, 409);
    assertTrue(!overlap.body().contains("Léa"), "who holds the slot is not told");
  }

  @Test
  void aUserBooksWhatIsFreeButNotWhatHasAPriceAndNamesNoPayerNorDiscount() {
    String user = api.token("lumiere", "user@kaolin.test");
    long before = rows();
    var paid = book(user, form("Salle Lumière", 10, 11));
    assertProblem(paid, 403);
    assertTrue(Api.json(paid).getString("detail").contains("role"), paid.body());
    assertEquals(before, rows(), "nothing written");

    var free = book(user, form("Verrière", 10, 11));
    assertEquals(201, free.statusCode(), free.body());
    var price = Api.json(free).get("netTotal");
    assertTrue(
        price == null || price.getValueType() == jakarta.json.JsonValue.ValueType.NULL,
        "the Verrière has no price: " + free.body());

    long kaolin = lumiere("SELECT id FROM company WHERE name = ?", "Studio Kaolin");
    long before2 = rows();
    for (var wrong :
        new String[][] {
          {"companyId", Long.toString(kaolin)},
          {"memberId", Long.toString(lumiere("SELECT min(id) FROM member"))},
          {"discountPercent", "50"},
          {"invoiceNow", "true"}
        }) {
      String json = form("Verrière", 14, 15).build().toString();
      json = json.substring(0, json.length() - 1) + ",\"" + wrong[0] + "\":" + wrong[1] + "}";
      var refused = api.post("api/bookings", user, json);
      assertProblem(refused, 400);
      assertTrue(Api.json(refused).getJsonObject("errors").containsKey(wrong[0]), refused.body());
    }
    assertEquals(before2, rows(), "nothing written");
    assertProblem(
        api.post(
            "api/bookings/weekly",
            user,
            form("Verrière", 16, 17)
                .add("repeatUntil", day.plusWeeks(2).toString())
                .build()
                .toString()),
        403);
  }

  @Test
  void aMemberCancelsTheirOwnBookingBeforeItStartsAndNoOneElses() {
    String admin = api.token("lumiere", "admin@kaolin.test");
    String manager = api.token("lumiere", "manager@kaolin.test");
    long id = Api.json(book(admin, form("Verrière", 18, 19))).getJsonNumber("id").longValue();

    assertProblem(api.post("api/bookings/" + id + "/cancel", manager, "{}"), 404);
    var cancelled = api.post("api/bookings/" + id + "/cancel", admin, "{}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Api.json(cancelled).getString("status"));
    assertProblem(api.post("api/bookings/" + id + "/cancel", admin, "{}"), 409);
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND action = 'CANCEL'"
                + " AND entity_id = ? AND actor_kind = 'MEMBER'",
            String.valueOf(id)));

    // A booking staff made for the company is not a User's to cancel (nor see); its
    // administrator's, it is (see the next test).
    String staff = api.token("lumiere", "admin@lumiere.test");
    var byStaff =
        book(
            staff,
            form("Verrière", 20, 21)
                .add(
                    "companyId",
                    lumiere("SELECT id FROM company WHERE name = ?", "Studio Kaolin")));
    assertEquals(201, byStaff.statusCode(), byStaff.body());
    long staffs = Api.json(byStaff).getJsonNumber("id").longValue();
    String user = api.token("lumiere", "user@kaolin.test");
    assertProblem(api.post("api/bookings/" + staffs + "/cancel", user, "{}"), 404);
    assertEquals(
        "CONFIRMED", Api.json(api.get("api/bookings/" + staffs, staff)).getString("status"));

    // Started this hour, ending the next: no longer the member's to cancel. Set up in SQL, as
    // no one can book a past start; whatever held the Verrière then is cancelled first.
    var from = java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.HOURS));
    var to = java.sql.Timestamp.from(from.toInstant().plus(Duration.ofHours(2)));
    TestDatabase.updateFromClient(
        lumiereId,
        "UPDATE booking SET status = 'CANCELLED' WHERE space_id = ? AND status <> 'CANCELLED'"
            + " AND during && tstzrange(?, ?)",
        space("Verrière"),
        from,
        to);
    String title = "Started " + System.nanoTime();
    assertEquals(
        1,
        TestDatabase.updateFromClient(
            lumiereId,
            "INSERT INTO booking (tenant_id, id, centre_id, space_id, company_id, starts_at,"
                + " ends_at, title, booked_by_member_id) SELECT tenant_id,"
                + " nextval('atrium_id_seq'), centre_id, id, (SELECT id FROM company WHERE name"
                + " = 'Studio Kaolin'), ?, ?, ?, (SELECT id FROM member WHERE email ="
                + " 'admin@kaolin.test') FROM space WHERE name = 'Verrière'",
            from,
            to,
            title));
    long started = lumiere("SELECT id FROM booking WHERE title = ?", title);
    assertProblem(api.post("api/bookings/" + started + "/cancel", admin, "{}"), 409);
    assertEquals(
        "CONFIRMED",
        TestDatabase.textFromClient(lumiereId, "SELECT status FROM booking WHERE id = ?", started));
  }

  @Test
  void aCompanysAdministratorSeesAndCancelsItsBookingsStaffMadeAndNoOtherCompanysOrTenants() {
    String staff = api.token("lumiere", "admin@lumiere.test");
    var forKaolin =
        book(
            staff,
            form("Salle Lumière", 14, 15)
                .add("companyId", lumiere("SELECT id FROM company WHERE name = 'Studio Kaolin'")));
    assertEquals(201, forKaolin.statusCode(), forKaolin.body());
    long kaolins = Api.json(forKaolin).getJsonNumber("id").longValue();
    var forNordlys =
        book(
            staff,
            form("Salle Lumière", 16, 17)
                .add(
                    "companyId", lumiere("SELECT id FROM company WHERE name = 'Nordlys Conseil'")));
    assertEquals(201, forNordlys.statusCode(), forNordlys.body());
    long nordlys = Api.json(forNordlys).getJsonNumber("id").longValue();

    // The administrator lists and reads the company's booking, staff's, and not another's.
    String admin = api.token("lumiere", "admin@kaolin.test");
    assertTrue(lists(admin, kaolins), "the company's booking");
    assertTrue(!lists(admin, nordlys), "another company's");
    JsonObject read = Api.json(api.get("api/bookings/" + kaolins, admin));
    assertEquals("Studio Kaolin", read.getString("payer"), "marked as the company's");
    assertTrue(!read.containsKey("bookedById") || read.isNull("bookedById"), read.toString());
    assertProblem(api.get("api/bookings/" + nordlys, admin), 404);
    assertProblem(api.post("api/bookings/" + nordlys + "/cancel", admin, "{}"), 404);
    assertProblem(
        api.get("api/bookings/" + kaolins + "/access", admin), 404); // the door codes stay theirs

    // A plain member of the company (a User; a Manager sees no company documents either) does not.
    for (String plain : new String[] {"user@kaolin.test", "manager@kaolin.test"}) {
      String token = api.token("lumiere", plain);
      assertTrue(!lists(token, kaolins), plain);
      assertProblem(api.get("api/bookings/" + kaolins, token), 404);
      assertProblem(api.post("api/bookings/" + kaolins + "/cancel", token, "{}"), 404);
    }
    // Another tenant's company administrator neither.
    String chai = api.token("banyan", memberOfBanyan());
    assertProblem(api.get("api/bookings/" + kaolins, chai), 404);
    assertProblem(api.post("api/bookings/" + kaolins + "/cancel", chai, "{}"), 404);
    assertTrue(!lists(chai, kaolins), "another tenant's");

    // Nordlys's administrator sees theirs, not Kaolin's.
    String sofia = api.token("lumiere", "admin@nordlys.test");
    assertTrue(lists(sofia, nordlys) && !lists(sofia, kaolins), "Nordlys's own");

    var cancelled = api.post("api/bookings/" + kaolins + "/cancel", admin, "{}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Api.json(cancelled).getString("status"));
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND action = 'CANCEL'"
                + " AND entity_id = ? AND actor_kind = 'MEMBER'",
            String.valueOf(kaolins)),
        "cancelled by the member, audited as theirs");
  }

  @Test
  void anotherTenantsMembersBookingsAndSpacesAreOutOfReach() {
    String admin = api.token("lumiere", "admin@kaolin.test");
    long id = Api.json(book(admin, form("Verrière", 12, 13))).getJsonNumber("id").longValue();
    String banyanMember = api.token("banyan", memberOfBanyan());
    assertProblem(api.get("api/bookings/" + id, banyanMember), 404);
    assertProblem(api.post("api/bookings/" + id + "/cancel", banyanMember, "{}"), 404);
    assertProblem(api.get("api/bookings/" + id + "/access", banyanMember), 404);
    var list = api.get("api/bookings", banyanMember);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(!list.body().contains("\"id\":" + id), list.body());

    long banyanId = Api.tenantId(banyanMember);
    long neem =
        TestDatabase.countFromClient(banyanId, "SELECT id FROM space WHERE name = ?", "Neem");
    var foreign =
        book(
            admin,
            Json.createObjectBuilder()
                .add("spaceId", neem)
                .add("startsAt", at(10))
                .add("endsAt", at(11)));
    assertProblem(foreign, 400);
    assertTrue(Api.json(foreign).getJsonObject("errors").containsKey("spaceId"), foreign.body());
    assertEquals(
        "CONFIRMED",
        TestDatabase.textFromClient(lumiereId, "SELECT status FROM booking WHERE id = ?", id));
  }

  @Test
  void anAppListsTheSpacesAMemberMayBookAndWhenEachIsTakenWithoutWhoHoldsIt() {
    String user = api.token("lumiere", "user@kaolin.test");
    var spaces = api.get("api/availability/spaces", user);
    assertEquals(200, spaces.statusCode(), spaces.body());
    List<JsonObject> listed = Api.jsonArray(spaces).getValuesAs(JsonObject.class);
    List<String> names = listed.stream().map(s -> s.getString("name")).toList();
    assertTrue(names.contains("Salle Lumière") && names.contains("Verrière"), names.toString());
    assertTrue(!names.contains("Salle Rhône"), "Lyon is not the member's centre: " + names);
    assertTrue(!names.contains("Bureau 101"), "an office under contract: " + names);
    String ids =
        String.join(",", listed.stream().map(s -> s.getJsonNumber("id").toString()).toList());
    assertEquals(
        0L,
        lumiere(
            "SELECT count(*) FROM space s JOIN centre c ON c.id = s.centre_id WHERE s.id IN ("
                + ids
                + ") AND (c.code <> 'PAR1' OR s.status = 'OUT_OF_SERVICE' OR NOT s.bookable)"),
        "every space listed is a bookable one of Paris, in service: " + names);

    String admin = api.token("lumiere", "admin@kaolin.test");
    assertEquals(201, book(admin, form("Salle Lumière", 10, 12)).statusCode());
    var busy = api.get("api/availability?space=" + space("Salle Lumière") + window(), user);
    assertEquals(200, busy.statusCode(), busy.body());
    assertEquals(
        List.of(OffsetDateTime.parse(at(10)).toInstant()),
        Api.jsonArray(busy).getValuesAs(JsonObject.class).stream()
            .map(b -> Instant.parse(b.getString("startsAt")))
            .toList(),
        "the other member's booking, as a taken slot");
    assertTrue(
        !busy.body().contains("Kaolin") && !busy.body().contains("Léa"),
        "without who holds it: " + busy.body());

    String window = window();
    assertProblem(api.get("api/availability?space=" + space("Salle Rhône") + window, user), 404);
    assertProblem(api.get("api/availability?space=" + space("Bureau 101") + window, user), 404);
    String banyanMember = api.token("banyan", memberOfBanyan());
    assertProblem(
        api.get("api/availability?space=" + space("Salle Lumière") + window, banyanMember), 404);
    var foreign = api.get("api/availability/spaces", banyanMember);
    assertTrue(!foreign.body().contains("Salle Lumière"), foreign.body());

    // Staff name the centre; an unreadable number names its parameter.
    String staff = api.token("lumiere", "admin@lumiere.test");
    var noCentre = api.get("api/availability/spaces", staff);
    assertProblem(noCentre, 400);
    assertTrue(Api.json(noCentre).getJsonObject("errors").containsKey("centre"), noCentre.body());
    long lyon = lumiere("SELECT id FROM centre WHERE code = 'LYO1'");
    var lyonSpaces = api.get("api/availability/spaces?centre=" + lyon, staff);
    assertEquals(200, lyonSpaces.statusCode(), lyonSpaces.body());
    assertTrue(lyonSpaces.body().contains("Salle Rhône"), lyonSpaces.body());
    assertProblem(api.get("api/availability/spaces?centre=" + lyon, user), 404);
    assertProblem(
        api.get("api/availability/spaces?centre=" + lyon, api.token("lumiere", "cm@lumiere.test")),
        404);
    assertProblem(
        api.get("api/availability/spaces?centre=" + lyon, api.token("banyan", "admin@banyan.test")),
        404);
    var unreadable = api.get("api/availability?space=abc" + window, user);
    assertProblem(unreadable, 400);
    assertTrue(
        Api.json(unreadable).getJsonObject("errors").containsKey("space"), unreadable.body());
  }

  /** The test's day on the centre's clock, as availability's query takes it. */
  private String window() {
    return "&from="
        + enc(at(0))
        + "&to="
        + enc(
            ZonedDateTime.of(day.plusDays(1).atStartOfDay(), PARIS).toOffsetDateTime().toString());
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Whether the caller's upcoming bookings list the booking, on any page of 100. */
  private boolean lists(String token, long id) {
    for (int page = 0; ; page++) {
      var listed = api.get("api/bookings?size=100&page=" + page, token);
      assertEquals(200, listed.statusCode(), listed.body());
      var items = Api.json(listed).getJsonArray("items");
      if (items.isEmpty()) {
        return false;
      }
      if (items.stream().anyMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == id)) {
        return true;
      }
    }
  }

  private String memberOfBanyan() {
    return "admin@chailabs.test";
  }
}
