package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a booking's guests consumed, through {@code /api/bookings/{id}/extras} (001 §9: "associer
 * des consommations spécifiques (boissons, impressions, équipements)"): three coffees on Studio
 * Kaolin's meeting become its consumption at the catalogue's price on the booking's day, audited;
 * an item that is not a consumption, no quantity or another tenant's item are field errors; an
 * unbilled extra is taken off, a billed one stays (409) and outlives the booking's cancellation,
 * which withdraws the others; another tenant's booking is 404, and a member may not touch them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingExtrasIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void coffeesAreBilledToThePayerTakenOffOrKeptOnceBilled() throws Exception {
    Api api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(staff);
    long room =
        TestDatabase.countFromClient(
            tenant, "SELECT min(id) FROM space WHERE name = 'Salle Lumière'");
    LocalDate day = io.atrium.testing.FreeDay.of(tenant, room);
    var booked =
        api.post(
            "api/bookings",
            staff,
            Json.createObjectBuilder()
                .add("spaceId", room)
                .add(
                    "companyId",
                    TestDatabase.countFromClient(
                        tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'"))
                .add(
                    "startsAt",
                    ZonedDateTime.of(day.atTime(9, 0), PARIS).toOffsetDateTime().toString())
                .add(
                    "endsAt",
                    ZonedDateTime.of(day.atTime(10, 0), PARIS).toOffsetDateTime().toString())
                .add("title", "Comité café")
                .build()
                .toString());
    assertEquals(201, booked.statusCode(), booked.body());
    long booking = Api.json(booked).getJsonNumber("id").longValue();
    String extras = "api/bookings/" + booking + "/extras";
    long coffee =
        TestDatabase.countFromClient(tenant, "SELECT id FROM catalogue_item WHERE code = 'CAFE'");
    long desk =
        TestDatabase.countFromClient(
            tenant, "SELECT id FROM catalogue_item WHERE code = 'POSTE-FLEX'");

    var added = api.post(extras, staff, "{\"itemId\":" + coffee + ",\"quantity\":3}");
    assertEquals(201, added.statusCode(), added.body());
    var extra = Api.json(added);
    long consumption = extra.getJsonNumber("consumptionId").longValue();
    assertTrue(extra.getJsonNumber("unitPrice").bigDecimalValue().signum() > 0, added.body());
    assertEquals(
        day.toString(),
        TestDatabase.textFromClient(
            tenant,
            "SELECT consumed_on::text FROM consumption WHERE id = ? AND company_id = (SELECT id"
                + " FROM company WHERE name = 'Studio Kaolin') AND quantity = 3",
            consumption),
        "a consumption of the payer on the booking's day");
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'Booking' AND entity_id = ? AND"
                + " action = 'EXTRA_ADD' AND actor_kind = 'STAFF'",
            Long.toString(booking)));

    assertField(api.post(extras, staff, "{\"itemId\":" + desk + ",\"quantity\":1}"), "itemId");
    assertField(api.post(extras, staff, "{\"itemId\":" + coffee + "}"), "quantity");
    String banyan = api.token("banyan", "admin@banyan.test");
    long banyanItem =
        TestDatabase.countFromClient(
            Api.tenantId(banyan), "SELECT min(id) FROM catalogue_item WHERE kind = 'CONSUMPTION'");
    assertField(
        api.post(extras, staff, "{\"itemId\":" + banyanItem + ",\"quantity\":1}"), "itemId");
    assertProblem(api.get(extras, banyan), 404);
    assertProblem(api.post(extras, banyan, "{\"itemId\":" + banyanItem + ",\"quantity\":1}"), 404);
    assertProblem(api.delete(extras + "/" + extra.getJsonNumber("id"), banyan), 404);
    String member = api.token("lumiere", "admin@kaolin.test");
    assertProblem(api.get(extras, member), 403);

    assertEquals(204, api.delete(extras + "/" + extra.getJsonNumber("id"), staff).statusCode());
    assertEquals(0, list(api, extras, staff).size());
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant, "SELECT count(*) FROM consumption WHERE id = ?", consumption));

    long billed =
        consumptionOf(api.post(extras, staff, "{\"itemId\":" + coffee + ",\"quantity\":2}"));
    var kept = Api.json(api.post(extras, staff, "{\"itemId\":" + coffee + ",\"quantity\":1}"));
    TestDatabase.updateFromClient(
        tenant,
        "UPDATE consumption SET invoice_id = (SELECT min(id) FROM invoice) WHERE id = ?",
        billed);
    long billedExtra = list(api, extras, staff).getJsonObject(0).getJsonNumber("id").longValue();
    assertProblem(api.delete(extras + "/" + billedExtra, staff), 409);

    assertEquals(200, api.post("api/bookings/" + booking + "/cancel", staff, "{}").statusCode());
    JsonArray left = list(api, extras, staff);
    assertEquals(1, left.size(), "the billed extra stays on its invoice");
    assertEquals(billed, left.getJsonObject(0).getJsonNumber("consumptionId").longValue());
    assertEquals(
        0,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM consumption WHERE id = ?",
            kept.getJsonNumber("consumptionId").longValue()),
        "the unbilled one went with the booking");
    assertProblem(api.post(extras, staff, "{\"itemId\":" + coffee + ",\"quantity\":1}"), 409);
  }

  private static long consumptionOf(HttpResponse<String> added) {
    assertEquals(201, added.statusCode(), added.body());
    return Api.json(added).getJsonNumber("consumptionId").longValue();
  }

  private static JsonArray list(Api api, String path, String token) {
    var listed = api.get(path, token);
    assertEquals(200, listed.statusCode(), listed.body());
    return Json.createReader(new StringReader(listed.body())).readArray();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    assertTrue(Api.json(response).getJsonObject("errors").containsKey(field), response.body());
  }
}
