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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A card's door credential (000 Access Control), through the API in lumiere with the built-in door
 * system: a card given to a person opens the doors with its number until it is given to someone
 * else, lost or deactivated, when the credential is revoked by itself; a temporary card lent for a
 * booking opens them for the booking's time, until taken back. Another tenant's cards are not
 * found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardAccessIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String lumiere;
  private long lumiereId;
  private String prefix;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    lumiere = api.token("lumiere", "admin@lumiere.test");
    lumiereId = Api.tenantId(lumiere);
    prefix = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  /** Imports the card at Paris and returns its id. */
  private long card(String number, String kind) {
    long paris = lumiere("SELECT id FROM centre WHERE code = 'PAR1'");
    HttpResponse<String> imported =
        api.upload(
            "api/cards/import?centre=" + paris + "&file=cards.csv",
            lumiere,
            "text/csv",
            ("card number,type\n" + number + "," + kind + "\n").getBytes(StandardCharsets.UTF_8),
            "Accept-Language",
            "en");
    assertEquals(201, imported.statusCode(), imported.body());
    return lumiere("SELECT id FROM access_card WHERE number = ?", number);
  }

  private JsonArray grants(long card) {
    HttpResponse<String> grants = api.get("api/cards/" + card + "/access", lumiere);
    assertEquals(200, grants.statusCode(), grants.body());
    return Api.jsonArray(grants);
  }

  /** Each grant's holder and state, newest first. */
  private List<String> states(long card) {
    return grants(card).stream()
        .map(JsonObject.class::cast)
        .map(g -> g.getString("holder") + " " + g.getString("status"))
        .toList();
  }

  private void awaitStates(long card, List<String> expected) throws Exception {
    assertTrue(
        Poll.until(WAIT, Duration.ofMillis(250), () -> states(card).equals(expected)),
        "expected " + expected + ", found " + states(card));
  }

  @Test
  void aCardOpensTheDoorsForItsPersonUntilItChangesHandsOrIsDeactivated() throws Exception {
    String number = prefix + "01";
    long card = card(number, "standard");
    long kaolin = lumiere("SELECT id FROM company WHERE name = 'Studio Kaolin'");
    assertEquals(
        200,
        api.post(
                "api/cards/distribute",
                lumiere,
                "{\"companyId\":" + kaolin + ",\"numbers\":[\"" + number + "\"]}")
            .statusCode());
    assertEquals(List.of(), states(card), "a company's card in its drawer opens no door");

    String admin = api.token("lumiere", "admin@kaolin.test");
    long chloe = lumiere("SELECT id FROM member WHERE email = 'user@kaolin.test'");
    long hugo = lumiere("SELECT id FROM member WHERE email = 'manager@kaolin.test'");
    assertEquals(
        200,
        api.post("api/cards/" + card + "/assign", admin, "{\"memberId\":" + chloe + "}")
            .statusCode());
    awaitStates(card, List.of("Chloé Bernard ACTIVE"));
    JsonObject door = grants(card).getJsonObject(0);
    assertEquals("DOOR", door.getString("system"));
    assertEquals(number, door.getString("credential"), "the card's number is the credential");
    assertEquals(card, door.getJsonNumber("cardId").longValue());
    assertEquals("2100-01-01T00:00:00Z", door.getString("validUntil"), "until withdrawn");

    // Given to someone else: Chloé's credential goes, Hugo's comes.
    assertEquals(
        200,
        api.post("api/cards/" + card + "/assign", admin, "{\"memberId\":" + hugo + "}")
            .statusCode());
    awaitStates(card, List.of("Hugo Mercier ACTIVE", "Chloé Bernard REVOKED"));

    assertEquals(200, api.post("api/cards/" + card + "/deactivate", lumiere, "{}").statusCode());
    awaitStates(card, List.of("Hugo Mercier REVOKED", "Chloé Bernard REVOKED"));
    assertEquals(
        2,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessGrant' AND action ="
                + " 'ACCESS_REVOKED' AND actor_kind = 'SYSTEM' AND entity_id IN (SELECT id::text"
                + " FROM access_grant WHERE card_id = ?)",
            card));

    HttpResponse<String> refused = api.post("api/cards/" + card + "/access", lumiere, "{}");
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("This card opens no door now"), "says why: " + refused.body());
  }

  @Test
  void aTemporaryCardOpensTheDoorsForTheBookingsTimeUntilTakenBack() throws Exception {
    long card = card(prefix + "02", "temporary");
    var start =
        io.atrium.testing.FreeDay.randomFrom(
                lumiereId,
                LocalDate.of(2034, 1, 2),
                400,
                lumiere("SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1"))
            .atTime(16, 0)
            .atZone(ZoneId.of("Europe/Paris"));
    long booking = DemoBookings.book(api, lumiere, "Salle Lumière", "Studio Kaolin", start, 1);

    HttpResponse<String> lent =
        api.post("api/cards/" + card + "/lend", lumiere, "{\"bookingId\":" + booking + "}");
    assertEquals(201, lent.statusCode(), lent.body());
    awaitStates(card, List.of("Studio Kaolin ACTIVE"));
    JsonObject door = grants(card).getJsonObject(0);
    JsonObject held = Api.json(api.get("api/bookings/" + booking, lumiere));
    assertEquals(
        java.time.OffsetDateTime.parse(held.getString("startsAt")).toInstant().toString(),
        door.getString("validFrom"));
    assertEquals(
        java.time.OffsetDateTime.parse(held.getString("endsAt")).toInstant().toString(),
        door.getString("validUntil"));

    assertEquals(200, api.post("api/cards/" + card + "/take-back", lumiere, "{}").statusCode());
    awaitStates(card, List.of("Studio Kaolin REVOKED"));
  }

  @Test
  void anotherTenantsCardIsNotFound() {
    long card = card(prefix + "03", "standard");
    String banyan = api.token("banyan", "admin@banyan.test");

    assertEquals(404, api.get("api/cards/" + card + "/access", banyan).statusCode());
    assertEquals(404, api.post("api/cards/" + card + "/access", banyan, "{}").statusCode());
    assertEquals(
        0, lumiere("SELECT count(*) FROM access_grant WHERE card_id = ?", card), "nothing made");
  }
}
