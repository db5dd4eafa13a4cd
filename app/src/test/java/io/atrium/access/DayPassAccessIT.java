package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 000 workflow 4 step 3 through the API, at Banyan Works Bengaluru: a walk-in's day pass for today
 * gets door and Wi-Fi access for its day on the centre's clock ("Give Access" makes what the job
 * has not made yet), and a temporary card lent for the day; cancelling the pass revokes the access
 * and brings the card back at once. Another tenant's pass is 404 for its access and an unknown
 * field for a loan; a loan names a booking or a pass, not both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DayPassAccessIT {

  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void aDayPassOpensTheDoorsForItsDayWithACardThatComesBackWhenItIsCancelled() throws Exception {
    Api api = new Api(base.toURI());
    String banyan = api.token("banyan", "admin@banyan.test");
    long tenant = Api.tenantId(banyan);
    long blr = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'BLR1'");
    LocalDate today = LocalDate.now(KOLKATA);
    var sold =
        api.post(
            "api/day-passes",
            banyan,
            Json.createObjectBuilder()
                .add("centreId", blr)
                .add(
                    "itemId",
                    TestDatabase.countFromClient(
                        tenant, "SELECT id FROM catalogue_item WHERE code = 'DAY-PASS'"))
                .add("day", today.toString())
                .add(
                    "walkIn",
                    Json.createObjectBuilder()
                        .add("fullName", "Rohan Mehta")
                        .add("email", "rohan" + System.nanoTime() + "@example.test")
                        .add("phone", "+91 98450 22004"))
                .build()
                .toString());
    assertEquals(201, sold.statusCode(), sold.body());
    long pass = Api.json(sold).getJsonNumber("id").longValue();
    String access = "api/day-passes/" + pass + "/access";

    JsonArray queued = array(api.get(access, banyan).body());
    assertEquals(2, queued.size(), "door and Wi-Fi, queued with the sale");
    assertEquals(
        today.atStartOfDay(KOLKATA).toInstant().toString(),
        queued.getJsonObject(0).getString("validFrom"));
    assertEquals(
        today.plusDays(1).atStartOfDay(KOLKATA).toInstant().toString(),
        queued.getJsonObject(0).getString("validUntil"),
        "for the pass's day on the centre's clock");
    var given = api.post(access, banyan, "{}");
    assertEquals(200, given.statusCode(), given.body());
    assertEquals(List.of("ACTIVE", "ACTIVE"), statuses(array(given.body())));
    assertEquals(pass, array(given.body()).getJsonObject(0).getJsonNumber("dayPassId").longValue());

    String number = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    var imported =
        api.upload(
            "api/cards/import?centre=" + blr + "&file=cards.csv",
            banyan,
            "text/csv",
            ("card number,type\n" + number + ",temporary\n").getBytes(StandardCharsets.UTF_8),
            "Accept-Language",
            "en");
    assertTrue(imported.statusCode() < 300, imported.body());
    long card =
        TestDatabase.countFromClient(tenant, "SELECT id FROM access_card WHERE number = ?", number);
    var both =
        api.post(
            "api/cards/" + card + "/lend",
            banyan,
            "{\"bookingId\":" + pass + ",\"dayPassId\":" + pass + "}");
    assertEquals(400, both.statusCode(), both.body());
    var lent = api.post("api/cards/" + card + "/lend", banyan, "{\"dayPassId\":" + pass + "}");
    assertEquals(201, lent.statusCode(), lent.body());
    assertEquals(
        today.plusDays(1).atStartOfDay(KOLKATA).toInstant().toString(),
        Api.json(lent).getString("endsAt"),
        "the card opens the doors until the day's end");
    assertEquals("LENT", Api.json(api.get("api/cards/" + card, banyan)).getString("state"));

    String lumiere = api.token("lumiere", "admin@lumiere.test");
    assertEquals(404, api.get(access, lumiere).statusCode());
    assertEquals(404, api.post(access, lumiere, "{}").statusCode());
    long par1 =
        TestDatabase.countFromClient(
            Api.tenantId(lumiere), "SELECT id FROM centre WHERE code = 'PAR1'");
    String lumiereNumber =
        Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    api.upload(
        "api/cards/import?centre=" + par1 + "&file=cards.csv",
        lumiere,
        "text/csv",
        ("card number,type\n" + lumiereNumber + ",temporary\n").getBytes(StandardCharsets.UTF_8),
        "Accept-Language",
        "fr");
    long lumiereCard =
        TestDatabase.countFromClient(
            Api.tenantId(lumiere), "SELECT id FROM access_card WHERE number = ?", lumiereNumber);
    var foreign =
        api.post("api/cards/" + lumiereCard + "/lend", lumiere, "{\"dayPassId\":" + pass + "}");
    assertEquals(400, foreign.statusCode(), foreign.body());
    assertTrue(Api.json(foreign).getJsonObject("errors").containsKey("dayPassId"), foreign.body());

    assertEquals(200, api.post("api/day-passes/" + pass + "/cancel", banyan, "{}").statusCode());
    assertEquals(
        "AVAILABLE",
        Api.json(api.get("api/cards/" + card, banyan)).getString("state"),
        "the card is back as the cancel answers");
    assertTrue(
        Poll.until(
            Duration.ofSeconds(90),
            Duration.ofMillis(500),
            () ->
                statuses(array(api.get(access, banyan).body()))
                    .equals(List.of("REVOKED", "REVOKED"))),
        "the access is revoked by itself");
    assertEquals(
        2,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessGrant' AND action ="
                + " 'ACCESS_REVOKED' AND entity_id IN (SELECT id::text FROM access_grant WHERE"
                + " day_pass_id = ?)",
            pass));
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  private static List<String> statuses(JsonArray grants) {
    return grants.stream().map(g -> g.asJsonObject().getString("status")).toList();
  }
}
