package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A centre's closing days (public holidays, works) through {@code /api/centre-closures}: Paris is
 * closed on a Monday; a booking that day is refused naming the holiday, a weekly booking reports
 * that week as taken, and once the day is open again the booking is made. Bad input is a field
 * error; another tenant's centre and closures are out of reach. Each test closes a day of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CentreClosuresIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    assertTrue(Api.json(response).getJsonObject("errors").containsKey(field), response.body());
  }

  @Test
  void aClosedDayRefusesBookingsNamingTheHolidayUntilItIsOpenAgain() throws Exception {
    var api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(staff);
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    long room =
        TestDatabase.countFromClient(
            tenant, "SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1");
    LocalDate monday =
        LocalDate.now(PARIS)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .plusWeeks(10 + ThreadLocalRandom.current().nextInt(200));
    String holiday = "Lundi de Pentecôte " + System.nanoTime();

    var closed =
        api.post(
            "api/centre-closures",
            staff,
            "{\"centreId\":"
                + paris
                + ",\"day\":\""
                + monday
                + "\",\"label\":\""
                + holiday
                + "\"}");
    assertEquals(201, closed.statusCode(), closed.body());
    long id = Api.json(closed).getJsonNumber("id").longValue();
    var listed = api.get("api/centre-closures?centre=" + paris, staff);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains(holiday), listed.body());

    long kaolin =
        TestDatabase.countFromClient(tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'");
    var refused = api.post("api/bookings", staff, form(room, kaolin, monday).build().toString());
    assertProblem(refused, 400);
    assertTrue(Api.json(refused).getString("detail").contains(holiday), refused.body());

    var weekly =
        api.post(
            "api/bookings/weekly",
            staff,
            form(room, kaolin, monday.minusWeeks(1))
                .add("repeatUntil", monday.plusWeeks(1).toString())
                .build()
                .toString());
    assertEquals(201, weekly.statusCode(), weekly.body());
    var series = Api.json(weekly);
    assertEquals(2, series.getJsonArray("booked").size(), weekly.body());
    assertEquals(1, series.getJsonArray("taken").size(), "the holiday's week: " + weekly.body());

    String banyan = api.token("banyan", "admin@banyan.test");
    assertProblem(api.delete("api/centre-closures/" + id, banyan), 404);
    assertProblem(api.get("api/centre-closures?centre=" + paris, banyan), 404);
    assertEquals(204, api.delete("api/centre-closures/" + id, staff).statusCode());
    assertEquals(
        201,
        api.post("api/bookings", staff, form(room, kaolin, monday).build().toString()).statusCode(),
        "open again");
    assertEquals(
        2,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'CentreClosure' AND entity_id = ?",
            String.valueOf(id)),
        "closed and opened again, audited");
  }

  /** Salle Lumière for Studio Kaolin from 10:00 to 11:00 that day, on Paris's clock. */
  private static jakarta.json.JsonObjectBuilder form(long room, long company, LocalDate day) {
    return Json.createObjectBuilder()
        .add("spaceId", room)
        .add("companyId", company)
        .add("startsAt", ZonedDateTime.of(day.atTime(10, 0), PARIS).toOffsetDateTime().toString())
        .add("endsAt", ZonedDateTime.of(day.atTime(11, 0), PARIS).toOffsetDateTime().toString());
  }

  @Test
  void badClosuresAreFieldErrorsAndWriteNothing() throws Exception {
    var api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(staff);
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    long before = TestDatabase.countFromClient(tenant, "SELECT count(*) FROM centre_closure");
    String day =
        LocalDate.now().plusDays(900 + ThreadLocalRandom.current().nextInt(300)).toString();
    assertField(
        api.post(
            "api/centre-closures", staff, "{\"centreId\":" + paris + ",\"day\":\"" + day + "\"}"),
        "label");
    assertField(
        api.post(
            "api/centre-closures",
            staff,
            "{\"centreId\":" + paris + ",\"day\":\"1st of May\",\"label\":\"Fête\"}"),
        "day");
    String banyan = api.token("banyan", "admin@banyan.test");
    long bangalore =
        TestDatabase.countFromClient(
            Api.tenantId(banyan), "SELECT id FROM centre ORDER BY id LIMIT 1");
    assertField(
        api.post(
            "api/centre-closures",
            staff,
            "{\"centreId\":" + bangalore + ",\"day\":\"" + day + "\",\"label\":\"Diwali\"}"),
        "centreId");
    assertEquals(
        before, TestDatabase.countFromClient(tenant, "SELECT count(*) FROM centre_closure"));
    String body = "{\"centreId\":" + paris + ",\"day\":\"" + day + "\",\"label\":\"Travaux\"}";
    assertEquals(201, api.post("api/centre-closures", staff, body).statusCode());
    assertField(api.post("api/centre-closures", staff, body), "day");
  }
}
