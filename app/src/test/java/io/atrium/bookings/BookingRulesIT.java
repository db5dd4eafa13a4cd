package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.DemoBookings;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking rules through the API at Lumière Confluence (Lyon), whose Salle Rhône no other test
 * books: the centre's defaults and the room's own rules refuse a booking naming the rule and its
 * value (length, step, how far ahead, the buffer with the neighbouring slot's time, a company's
 * weekly quota); a late cancellation costs the room's fee; another tenant's centre or another
 * centre's space in the body is an unknown field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingRulesIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private static final ZoneId LYON = ZoneId.of("Europe/Paris");

  @Test
  void theRulesRefuseABookingNamingTheRuleAndALateCancellationCostsItsFee() throws Exception {
    Api api = new Api(base.toURI());
    String admin = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(admin);
    long lyon = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'LYO1'");
    long rhone =
        TestDatabase.countFromClient(tenant, "SELECT id FROM space WHERE name = 'Salle Rhône'");
    assertEquals(
        200,
        api.put(
                "api/booking-rules",
                admin,
                "{\"centreId\":" + lyon + ",\"minMinutes\":30,\"granularityMinutes\":30}")
            .statusCode());
    // From no rule of its own, so that the log has something to read however often this runs.
    assertEquals(
        200,
        api.put("api/booking-rules", admin, "{\"centreId\":" + lyon + ",\"spaceId\":" + rhone + "}")
            .statusCode());
    HttpResponse<String> own =
        api.put(
            "api/booking-rules",
            admin,
            "{\"centreId\":"
                + lyon
                + ",\"spaceId\":"
                + rhone
                + ",\"bufferMinutes\":15,\"maxDaysAhead\":60,\"cancelWindowHours\":720,"
                + "\"lateCancelFeePercent\":50,\"weeklyQuotaHours\":2}");
    assertEquals(200, own.statusCode(), own.body());
    // The audit log reads each rule that changed, before and after, by its label: it held the
    // values' Java text under "before" and "after" ("BookingRuleValues[minMinutes=null, ...]").
    String audited =
        TestDatabase.textFromClient(
            tenant,
            "SELECT changes::text FROM audit_entry WHERE entity_type = 'BookingRule'"
                + " ORDER BY seq DESC LIMIT 1");
    assertTrue(audited.contains("\"bufferMinutes\": [null, \"15\"]"), audited);
    assertTrue(audited.contains("\"lateCancelFeePercent\": [null, \"50"), audited);
    assertTrue(audited.contains("\"space\": [null, \"Salle Rhône\"]"), audited);
    assertTrue(!audited.contains("BookingRuleValues") && !audited.contains("\"before\""), audited);
    var inForce = Api.jsonArray(api.get("api/booking-rules?centre=" + lyon, admin));
    var rhoneRow =
        inForce.stream()
            .map(r -> r.asJsonObject())
            .filter(
                r -> r.containsKey("spaceId") && r.getJsonNumber("spaceId").longValue() == rhone)
            .findFirst()
            .orElseThrow()
            .getJsonObject("inForce");
    assertEquals(30, rhoneRow.getInt("minMinutes"), "the centre's default");
    assertEquals(15, rhoneRow.getInt("bufferMinutes"), "the room's own");

    LocalDate monday =
        LocalDate.now(LYON)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .plusWeeks(java.util.concurrent.ThreadLocalRandom.current().nextInt(3));
    assertEquals(
        "This space is booked for at least 30 minutes (its booking rule).",
        detail(book(api, admin, "Studio Kaolin", monday.atTime(9, 0), 15)));
    assertEquals(
        "Bookings of this space start and end on multiples of 30 minutes (its booking rule).",
        detail(book(api, admin, "Studio Kaolin", monday.atTime(9, 15), 60)));
    assertEquals(
        "This space is booked at most 60 days ahead (its booking rule).",
        detail(book(api, admin, "Studio Kaolin", monday.plusWeeks(12).atTime(9, 0), 60)));

    long first = id(book(api, admin, "Studio Kaolin", monday.atTime(9, 0), 60));
    HttpResponse<String> tooClose = book(api, admin, "Nordlys Conseil", monday.atTime(10, 0), 60);
    assertEquals(409, tooClose.statusCode(), tooClose.body());
    assertEquals(
        "This space keeps 15 minutes free around each booking, and "
            + monday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + " 09:00–10:00 is booked (its booking rule).",
        Api.json(tooClose).getString("detail"));
    assertTrue(!tooClose.body().contains("Kaolin"), "the slot's time, never its holder");
    id(book(api, admin, "Nordlys Conseil", monday.atTime(10, 30), 60));
    id(book(api, admin, "Studio Kaolin", monday.atTime(14, 0), 60));
    HttpResponse<String> quota = book(api, admin, "Studio Kaolin", monday.atTime(16, 0), 60);
    assertEquals(409, quota.statusCode());
    assertEquals(
        "A company holds this space at most 2 hours a week (its fair-share rule).",
        Api.json(quota).getString("detail"));

    // Within 720 hours of its start: a late cancellation, half of 35.00 € billed. Staff are told
    // so before they cancel, by the policy's own computation; another tenant reads nothing.
    var cost = api.get("api/bookings/" + first + "/cancellation-cost", admin);
    assertEquals(200, cost.statusCode(), cost.body());
    assertEquals(
        new java.math.BigDecimal("17.50"),
        Api.json(cost).getJsonNumber("fee").bigDecimalValue(),
        cost.body());
    assertEquals(50, Api.json(cost).getJsonNumber("percent").intValue(), cost.body());
    assertEquals("EUR", Api.json(cost).getString("currency"), cost.body());
    assertEquals(
        404,
        api.get(
                "api/bookings/" + first + "/cancellation-cost",
                api.token("banyan", "admin@banyan.test"))
            .statusCode(),
        "another tenant's booking");
    HttpResponse<String> cancelled = api.post("api/bookings/" + first + "/cancel", admin, "{}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM booking b JOIN consumption c ON c.id = b.late_fee_consumption_id"
                + " WHERE b.id = ? AND c.unit_price = 17.50 AND c.invoice_id IS NULL",
            first));
    // Its line is read on a French operator's invoice: in French, not in English.
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM booking b JOIN consumption c ON c.id = b.late_fee_consumption_id"
                + " WHERE b.id = ? AND c.description LIKE 'Annulation tardive (50 %) : Salle Rhône %'",
            first));

    String banyan = api.token("banyan", "admin@banyan.test");
    assertEquals(404, api.get("api/booking-rules?centre=" + lyon, banyan).statusCode());
    assertTrue(
        Api.json(api.put("api/booking-rules", banyan, "{\"centreId\":" + lyon + "}"))
            .getJsonObject("errors")
            .containsKey("centreId"));
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    assertTrue(
        Api.json(
                api.put(
                    "api/booking-rules",
                    admin,
                    "{\"centreId\":" + paris + ",\"spaceId\":" + rhone + "}"))
            .getJsonObject("errors")
            .containsKey("spaceId"),
        "a space of another centre");
    assertEquals(
        400,
        api.put("api/booking-rules", admin, "{\"centreId\":" + lyon + ",\"granularityMinutes\":7}")
            .statusCode());
    assertEquals(
        "A late cancellation fee is 0 to 100 % of the price, with at most two decimals.",
        Api.json(
                api.put(
                    "api/booking-rules",
                    admin,
                    "{\"centreId\":" + lyon + ",\"lateCancelFeePercent\":101}"))
            .getJsonObject("errors")
            .getString("lateCancelFeePercent"),
        "a fee, not a discount");
  }

  /**
   * The check of a slot (is it taken, is the buffer around it free) reads the bookings of its space
   * that end after the slot starts, whatever the centre's history: before V14_26 PostgreSQL walked
   * every booking of the centre by start time and filtered the other rooms out (13 ms a booking at
   * 25,000 bookings in B1). The generic plan is the one a pooled connection keeps; sequential scans
   * are ruled out to compare the indexes alone.
   */
  @Test
  void aSlotCheckReadsOnlyItsSpacesBookingsThatEndAfterTheSlotStarts() throws Exception {
    long tenant = Api.tenantId(new Api(base.toURI()).token("lumiere", "admin@lumiere.test"));
    // The shape of what Bookings.held and BookingPolicy's buffer check send.
    String plan =
        TestDatabase.genericPlanFromClient(
            tenant,
            "SELECT id, starts_at, ends_at FROM booking WHERE space_id = $1 AND status <> $2 AND"
                + " starts_at < $3 AND ends_at > $4 AND tenant_id = $5 ORDER BY starts_at"
                + " LIMIT 1",
            "bigint, varchar, timestamptz, timestamptz, bigint",
            "1, 'CANCELLED', now() + interval '1 hour', now(), " + tenant);
    assertTrue(plan.contains("Index Scan using booking_space_end"), plan);
    assertTrue(plan.contains("space_id = $1"), plan);
  }

  private static HttpResponse<String> book(
      Api api, String token, String company, java.time.LocalDateTime start, int minutes) {
    ZonedDateTime from = start.atZone(LYON);
    var form =
        DemoBookings.form(Api.tenantId(token), "Salle Rhône", company, from, 1)
            .add("endsAt", from.plusMinutes(minutes).toOffsetDateTime().toString());
    return DemoBookings.post(api, token, form);
  }

  private static long id(HttpResponse<String> booked) {
    assertEquals(201, booked.statusCode(), booked.body());
    return Api.json(booked).getJsonNumber("id").longValue();
  }

  private static String detail(HttpResponse<String> refused) {
    assertEquals(400, refused.statusCode(), refused.body());
    return Api.json(refused).getString("detail");
  }
}
