package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
 * A booking billed with its payer's contract (001 §9, "rattacher la réservation à un contrat
 * existant"): Studio Kaolin's meeting names its signed contract, and its consumption belongs to it
 * for the monthly run; another client's contract, or a member naming one, is a field error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingContractIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void aMeetingIsBilledWithTheClientsContractAndNoOtherOne() throws Exception {
    Api api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(staff);
    long room =
        TestDatabase.countFromClient(
            tenant, "SELECT min(id) FROM space WHERE name = 'Salle Lumière'");
    long kaolin =
        TestDatabase.countFromClient(tenant, "SELECT id FROM company WHERE name = 'Studio Kaolin'");
    long contract =
        TestDatabase.countFromClient(
            tenant,
            "SELECT min(id) FROM contract WHERE company_id = ? AND status IN ('SIGNED',"
                + " 'ACTIVE')",
            kaolin);
    long nordlys =
        TestDatabase.countFromClient(
            tenant,
            "SELECT min(k.id) FROM contract k JOIN company c ON c.id = k.company_id WHERE c.name"
                + " = 'Nordlys Conseil'");
    LocalDate day = io.atrium.testing.FreeDay.of(tenant, room);

    var billed =
        api.post(
            "api/bookings",
            staff,
            form(room, day, 9)
                .add("companyId", kaolin)
                .add("contractId", contract)
                .build()
                .toString());
    assertEquals(201, billed.statusCode(), billed.body());
    var booking = Api.json(billed);
    assertEquals(contract, booking.getJsonNumber("contractId").longValue());
    assertEquals(
        contract,
        TestDatabase.countFromClient(
            tenant,
            "SELECT contract_id FROM consumption WHERE id = ?",
            booking.getJsonNumber("consumptionId").longValue()),
        "its consumption is the contract's, for the monthly run");

    assertField(
        api.post(
            "api/bookings",
            staff,
            form(room, day, 11)
                .add("companyId", kaolin)
                .add("contractId", nordlys)
                .build()
                .toString()),
        "contractId");
    String member = api.token("lumiere", "admin@kaolin.test");
    assertField(
        api.post(
            "api/bookings",
            member,
            form(room, day, 13).add("contractId", contract).build().toString()),
        "contractId");
  }

  private static JsonObjectBuilder form(long room, LocalDate day, int hour) {
    return Json.createObjectBuilder()
        .add("spaceId", room)
        .add("startsAt", ZonedDateTime.of(day.atTime(hour, 0), PARIS).toOffsetDateTime().toString())
        .add(
            "endsAt",
            ZonedDateTime.of(day.atTime(hour + 1, 0), PARIS).toOffsetDateTime().toString())
        .add("title", "Contrat");
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(Api.json(response).getJsonObject("errors").containsKey(field), response.body());
  }
}
