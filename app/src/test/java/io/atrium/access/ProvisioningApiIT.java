package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.DemoBookings;
import io.atrium.testing.Deployments;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import jakarta.json.JsonArray;
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
 * Door and Wi-Fi access for bookings through the API, with the server's built-in systems: a
 * confirmed booking gets a door code and a Wi-Fi voucher with it, audited as the person who booked;
 * a grant left pending (a connected system's) is made by the job, audited as the system; cancelling
 * the booking revokes both; "Give Access" makes the access of a booking that has none at once;
 * another tenant's booking is not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningApiIT {

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

  /** Salle Lumière for Studio Kaolin, a Monday far ahead, 14:00–15:00 Paris. */
  private long booking() {
    ZonedDateTime start =
        io.atrium.testing.FreeDay.randomFrom(
                lumiereId,
                LocalDate.of(2036, 1, 7),
                400,
                lumiere("SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1"))
            .atTime(14, 0)
            .atZone(ZoneId.of("Europe/Paris"));
    return DemoBookings.book(api, lumiere, "Salle Lumière", "Studio Kaolin", start, 1);
  }

  private JsonArray grants(long booking) {
    HttpResponse<String> grants = api.get("api/bookings/" + booking + "/access", lumiere);
    assertEquals(200, grants.statusCode(), grants.body());
    return Api.jsonArray(grants);
  }

  private List<String> states(long booking) {
    return grants(booking).stream().map(g -> g.asJsonObject().getString("status")).toList();
  }

  @Test
  void aConfirmedBookingGetsADoorCodeAndAWifiVoucherWithItAndLosesThemWhenCancelled()
      throws Exception {
    long booking = booking();

    assertEquals(
        List.of("ACTIVE", "ACTIVE"),
        states(booking),
        "a door and a Wi-Fi grant, made by the built-in systems with the booking");
    assertEquals(
        0,
        lumiere(
            "SELECT count(*) FROM access_grant WHERE booking_id = ? AND (attempts <> 1 OR version"
                + " <> 1)",
            booking),
        "each grant's row written once, made: tried once, never updated");
    JsonObject door = grants(booking).getJsonObject(0);
    JsonObject wifi = grants(booking).getJsonObject(1);
    assertEquals("DOOR", door.getString("system"));
    assertTrue(door.getString("credential").matches("[0-9]{6}"), door.toString());
    assertTrue(wifi.getString("credential").matches("[A-Z2-9]{8}"), wifi.toString());
    assertEquals("Studio Kaolin", door.getString("holder"));
    assertEquals(
        2,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessGrant' AND action ="
                + " 'ACCESS_GRANTED' AND actor_kind = 'STAFF' AND entity_id IN (?, ?)",
            Long.toString(door.getJsonNumber("id").longValue()),
            Long.toString(wifi.getJsonNumber("id").longValue())),
        "audited as the person who booked");

    assertEquals(200, api.post("api/bookings/" + booking + "/cancel", lumiere, "{}").statusCode());
    assertTrue(
        Poll.until(
            Duration.ofSeconds(60),
            Duration.ofMillis(250),
            () -> states(booking).equals(List.of("REVOKED", "REVOKED"))),
        "revoked with the booking: " + states(booking));
    assertTrue(
        grants(booking).stream()
            .map(g -> g.asJsonObject())
            .allMatch(g -> !g.containsKey("credential") || g.isNull("credential")),
        "no code shown once revoked");
    assertEquals(409, api.post("api/bookings/" + booking + "/access", lumiere, "{}").statusCode());
  }

  @Test
  void giveAccessMakesTheAccessOfABookingThatHadNoneAtOnce() throws Exception {
    long booking = booking();
    // As for a booking whose provisioning was never triggered.
    TestDatabase.updateFromClient(
        lumiereId, "DELETE FROM access_grant WHERE booking_id = ?", booking);
    assertEquals(List.of(), states(booking));

    HttpResponse<String> given = api.post("api/bookings/" + booking + "/access", lumiere, "{}");

    assertEquals(200, given.statusCode(), given.body());
    assertEquals(
        List.of("ACTIVE", "ACTIVE"),
        Api.jsonArray(given).stream().map(g -> g.asJsonObject().getString("status")).toList());
    assertEquals(List.of("ACTIVE", "ACTIVE"), states(booking));
    assertEquals(
        2,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessGrant' AND action ="
                + " 'ACCESS_GRANTED' AND actor_kind = 'STAFF' AND entity_id IN (SELECT id::text"
                + " FROM access_grant WHERE booking_id = ?)",
            booking));
  }

  /**
   * What a connected door or Wi-Fi system's grants go through (the tests' server has the built-in
   * ones): a grant left pending is made by the provisioning job, audited as the system.
   */
  @Test
  void theJobMakesAGrantLeftPending() throws Exception {
    long booking = booking();
    TestDatabase.updateFromClient(
        lumiereId,
        "UPDATE access_grant SET status = 'PENDING', attempts = 0, provider = NULL, external_id ="
            + " NULL, credential = NULL, next_attempt_at = now(), version = version + 1 WHERE"
            + " booking_id = ?",
        booking);

    assertTrue(
        Poll.until(
            Duration.ofSeconds(60),
            Duration.ofMillis(250),
            () ->
                lumiere(
                        "SELECT count(*) FROM access_grant WHERE booking_id = ? AND status ="
                            + " 'ACTIVE' AND attempts = 1 AND credential IS NOT NULL",
                        booking)
                    == 2),
        "made by the provisioning job");
    assertEquals(
        2,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessGrant' AND action ="
                + " 'ACCESS_GRANTED' AND actor_kind = 'SYSTEM' AND entity_id IN (SELECT id::text"
                + " FROM access_grant WHERE booking_id = ?)",
            booking));
  }

  @Test
  void anotherTenantsBookingIsNotFound() {
    long booking = booking();
    String banyan = api.token("banyan", "admin@banyan.test");
    assertEquals(404, api.get("api/bookings/" + booking + "/access", banyan).statusCode());
    assertEquals(404, api.post("api/bookings/" + booking + "/access", banyan, "{}").statusCode());
    assertEquals(2, lumiere("SELECT count(*) FROM access_grant WHERE booking_id = ?", booking));
    String user = api.token("lumiere", "user@kaolin.test");
    assertEquals(
        403,
        api.post("api/bookings/" + booking + "/access", user, "{}").statusCode(),
        "a member is not staff");
  }

  /**
   * A booking's grants, its visitors' included, are read by the booking's key whenever it is
   * cancelled, moved, given access or shown with its access: before V14_27 no index held them all,
   * and PostgreSQL read every grant of every tenant (9 ms at 98,000 grants after a B1 run). A day
   * pass's grants likewise. The generic plan is the one a pooled connection keeps; sequential scans
   * are ruled out to compare the indexes alone.
   */
  @Test
  void aBookingsGrantsAreReadByItsKey() throws Exception {
    // The shape of what Provisioning.grants sends.
    String byBooking =
        TestDatabase.genericPlanFromClient(
            lumiereId,
            "SELECT id FROM access_grant WHERE booking_id = $1 AND tenant_id = $2 ORDER BY system",
            "bigint, bigint",
            "1, " + lumiereId);
    String byPass =
        TestDatabase.genericPlanFromClient(
            lumiereId,
            "SELECT id FROM access_grant WHERE day_pass_id = $1 AND tenant_id = $2 ORDER BY system",
            "bigint, bigint",
            "1, " + lumiereId);
    assertTrue(byBooking.contains("access_grant_booking"), byBooking);
    assertTrue(byBooking.contains("booking_id = $1"), byBooking);
    assertTrue(byPass.contains("access_grant_day_pass_system"), byPass);
    assertTrue(byPass.contains("day_pass_id = $1"), byPass);
  }
}
