package io.atrium.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Access cards through the REST API in the demo operators: the RFID import makes cards available;
 * R6: every kind of bad file (wrong columns, non-numeric, duplicates in the file and with existing
 * cards, wrong encoding, 10 MB of junk) writes nothing and names its bad lines; client card
 * distribution to a company, whose administrator gives a card to a member; lost and deactivated
 * cards; and another tenant's cards, centres, companies and members are out of reach, in paths and
 * in bodies. Each test uses card numbers of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardsApiIT {

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
  private String prefix;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    lumiere = api.token("lumiere", "admin@lumiere.test");
    banyan = api.token("banyan", "admin@banyan.test");
    lumiereId = Api.tenantId(lumiere);
    banyanId = Api.tenantId(banyan);
    prefix = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  private long par1() {
    return lumiere("SELECT id FROM centre WHERE code = 'PAR1'");
  }

  private long cards() {
    return lumiere("SELECT count(*) FROM access_card");
  }

  private HttpResponse<String> importCsv(String token, long centre, String csv, String language) {
    return importBytes(token, centre, csv.getBytes(StandardCharsets.UTF_8), language);
  }

  private HttpResponse<String> importBytes(String token, long centre, byte[] csv, String language) {
    return api.upload(
        "api/cards/import?centre=" + centre + "&file=cards.csv",
        token,
        "text/csv",
        csv,
        "Accept-Language",
        language);
  }

  private String number(int n) {
    return prefix + String.format("%04d", n);
  }

  private JsonArray lines(HttpResponse<String> refused) {
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    return Api.json(refused).getJsonArray("lines");
  }

  private List<Integer> lineNumbers(JsonArray lines) {
    return lines.stream().map(l -> l.asJsonObject().getInt("line")).distinct().toList();
  }

  @Test
  void anRfidImportMakesEveryCardAvailableInTheCentreAndIsAudited() {
    String csv =
        "numéro de carte;code site;type\n"
            + number(1)
            + ";12;permanente\n"
            + number(2)
            + ";;temporaire\n"
            + number(3)
            + "\n";

    HttpResponse<String> imported = importCsv(lumiere, par1(), csv, "fr");

    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(3, Api.json(imported).getInt("cards"));
    JsonObject page = Api.json(api.get("api/cards?number=" + prefix, lumiere));
    assertEquals(3, page.getInt("total"));
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertEquals(number(1), first.getString("number"));
    assertEquals(12, first.getInt("facilityCode"));
    assertEquals("AVAILABLE", first.getString("state"));
    assertEquals(par1(), first.getJsonNumber("centreId").longValue());
    assertEquals("TEMPORARY", page.getJsonArray("items").getJsonObject(1).getString("kind"));
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'CardImport' AND action ="
                + " 'IMPORT' AND entity_id = ?",
            Long.toString(Api.json(imported).getJsonNumber("importId").longValue())));
  }

  @Test
  void r6BadFilesWriteNothingAndNameEachBadLine() throws Exception {
    importCsv(lumiere, par1(), "card number\n" + number(9) + "\n", "en");
    long before = cards();

    // Wrong columns, extra cells, non-numeric numbers and facility codes, an unknown type.
    JsonArray wrong =
        lines(
            importCsv(
                lumiere,
                par1(),
                "card number,facility code,type\n"
                    + number(1)
                    + ",1,standard\n"
                    + "12AB,1,standard\n"
                    + number(3)
                    + ",70000,standard\n"
                    + number(4)
                    + ",1,gold\n"
                    + number(5)
                    + ",1,standard,extra\n",
                "en"));
    assertEquals(List.of(3, 4, 5, 6), lineNumbers(wrong));
    assertEquals("card number", wrong.getJsonObject(0).getString("column"));
    assertEquals("A card number is 1 to 20 digits.", wrong.getJsonObject(0).getString("detail"));

    var headerRefused = importCsv(lumiere, par1(), "badge;couleur\n1;rouge\n", "fr");
    JsonArray header = lines(headerRefused);
    assertEquals(List.of(1), lineNumbers(header));
    assertTrue(
        Api.json(headerRefused).getString("detail").contains(" 1 ligne fausse (listée ci-dessous)"),
        "one line, in the singular: " + Api.json(headerRefused).getString("detail"));
    assertTrue(
        header.stream()
            .anyMatch(l -> l.asJsonObject().getString("detail").startsWith("Colonne inconnue")));

    // Duplicates: in the file (its later lines), and an existing card of the tenant.
    JsonArray twice =
        lines(
            importCsv(
                lumiere,
                par1(),
                "card number\n" + number(1) + "\n" + number(9) + "\n" + number(1) + "\n",
                "en"));
    assertEquals(List.of(3, 4), lineNumbers(twice));
    assertEquals(
        "This card number is already a card of yours.", twice.getJsonObject(0).getString("detail"));
    assertEquals(
        "This card number is already on an earlier line.",
        twice.getJsonObject(1).getString("detail"));

    // Wrong encoding: Latin-1 bytes on line 3.
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.write(("card number\n" + number(1) + "\n").getBytes(StandardCharsets.UTF_8));
    latin1.write((number(2) + ",Entrée\n").getBytes(StandardCharsets.ISO_8859_1));
    JsonArray encoding = lines(importBytes(lumiere, par1(), latin1.toByteArray(), "en"));
    assertEquals(3, encoding.getJsonObject(encoding.size() - 1).getInt("line"));
    assertTrue(encoding.toString().contains("not UTF-8"), encoding.toString());

    // 10 MB of junk: every line named (the first thousand listed), then the size refused.
    StringBuilder junk = new StringBuilder("card number\n");
    while (junk.length() < 10 * 1024 * 1024) {
      junk.append("x7!junk-").append(junk.length()).append('\n');
    }
    HttpResponse<String> tooMuch = importCsv(lumiere, par1(), junk.toString(), "en");
    JsonArray junkLines = lines(tooMuch);
    assertEquals(1000, junkLines.size());
    assertEquals(2, junkLines.getJsonObject(0).getInt("line"));
    assertTrue(
        Api.json(tooMuch).getString("detail").matches("The file was not imported: [0-9,]{6,}.*"),
        Api.json(tooMuch).getString("detail"));

    // Binary junk: refused at once.
    byte[] binary = new byte[1024 * 1024];
    ThreadLocalRandom.current().nextBytes(binary);
    assertEquals(400, importBytes(lumiere, par1(), binary, "en").statusCode());

    assertEquals(before, cards(), "no refused file wrote a card");
    assertEquals(
        0,
        lumiere(
            "SELECT count(*) FROM access_card WHERE number LIKE ? AND number <> ?",
            prefix + "%",
            number(9)));
  }

  @Test
  void aClientAdministratorGivesTheCompanysCardsToItsMembers() {
    long kaolin = lumiere("SELECT id FROM company WHERE name = 'Studio Kaolin'");
    importCsv(
        lumiere,
        par1(),
        "card number\n" + number(1) + "\n" + number(2) + "\n" + number(3) + "\n",
        "en");

    HttpResponse<String> refused =
        api.post(
            "api/cards/distribute",
            lumiere,
            distribution(kaolin, number(1), "999999999999999999", number(1)));
    assertEquals(List.of(2, 3), lineNumbers(lines(refused)));
    assertEquals(
        0,
        lumiere(
            "SELECT count(*) FROM access_card WHERE company_id = ? AND number LIKE ?",
            kaolin,
            prefix + "%"));

    HttpResponse<String> given =
        api.post("api/cards/distribute", lumiere, distribution(kaolin, number(1), number(2)));
    assertEquals(200, given.statusCode(), given.body());
    assertEquals(2, Api.json(given).getInt("cards"));

    String admin = api.token("lumiere", "admin@kaolin.test");
    JsonObject mine = Api.json(api.get("api/cards?number=" + prefix, admin));
    assertEquals(2, mine.getInt("total"), "the company's two cards, not the third");
    long card = mine.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    long chloe = lumiere("SELECT id FROM member WHERE email = 'user@kaolin.test'");

    HttpResponse<String> assigned =
        api.post("api/cards/" + card + "/assign", admin, "{\"memberId\":" + chloe + "}");
    assertEquals(200, assigned.statusCode(), assigned.body());
    assertEquals("ASSIGNED_TO_PERSON", Api.json(assigned).getString("state"));
    assertEquals("Chloé Bernard", Api.json(assigned).getString("member"));

    String chloeToken = api.token("lumiere", "user@kaolin.test");
    assertEquals(1, Api.json(api.get("api/cards", chloeToken)).getInt("total"), "her own card");
    assertEquals(
        403,
        api.post("api/cards/" + card + "/release", chloeToken, "{}").statusCode(),
        "a User does not manage the company's cards");

    long nordlysMember =
        lumiere(
            "SELECT m.id FROM member m JOIN company c ON c.id = m.company_id"
                + " WHERE c.name = 'Nordlys Conseil' LIMIT 1");
    assertEquals(
        400,
        api.post("api/cards/" + card + "/assign", admin, "{\"memberId\":" + nordlysMember + "}")
            .statusCode(),
        "a member of another company");

    HttpResponse<String> lost = api.post("api/cards/" + card + "/lost", admin, "{}");
    assertEquals("LOST", Api.json(lost).getString("state"));
    assertEquals(409, api.post("api/cards/" + card + "/lost", admin, "{}").statusCode());
    assertEquals(
        403,
        api.post("api/cards/" + card + "/deactivate", admin, "{}").statusCode(),
        "deactivating is for staff");
    assertEquals(
        "AVAILABLE",
        Api.json(api.post("api/cards/" + card + "/available", lumiere, "{}")).getString("state"),
        "a lost card found");
    HttpResponse<String> deactivated = api.post("api/cards/" + card + "/deactivate", lumiere, "{}");
    assertEquals("DEACTIVATED", Api.json(deactivated).getString("state"));
    assertEquals(
        409,
        api.post("api/cards/" + card + "/available", lumiere, "{}").statusCode(),
        "a deactivated card is out of service for good");

    JsonArray history = Api.jsonArray(api.get("api/cards/" + card + "/history", lumiere));
    assertEquals(
        List.of("ASSIGNED_TO_COMPANY", "ASSIGNED_TO_PERSON", "LOST", "AVAILABLE", "DEACTIVATED"),
        history.stream().map(s -> s.asJsonObject().getString("state")).toList());
    assertEquals(
        4,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessCard' AND entity_id = ?",
            Long.toString(card)));
  }

  @Test
  void anotherTenantsCardsCentresCompaniesAndMembersAreOutOfReach() {
    long kaolin = lumiere("SELECT id FROM company WHERE name = 'Studio Kaolin'");
    importCsv(lumiere, par1(), "card number\n" + number(1) + "\n", "en");
    api.post("api/cards/distribute", lumiere, distribution(kaolin, number(1)));
    long card = lumiere("SELECT id FROM access_card WHERE number = ?", number(1));
    long chloe = lumiere("SELECT id FROM member WHERE email = 'user@kaolin.test'");

    assertEquals(404, api.get("api/cards/" + card, banyan).statusCode());
    assertEquals(404, api.get("api/cards/" + card + "/history", banyan).statusCode());
    assertEquals(404, api.post("api/cards/" + card + "/lost", banyan, "{}").statusCode());
    assertEquals(0, Api.json(api.get("api/cards?number=" + prefix, banyan)).getInt("total"));
    assertEquals(
        404,
        importCsv(banyan, par1(), "card number\n" + number(2) + "\n", "en").statusCode(),
        "a centre of another tenant in the query");
    long chaiLabs =
        TestDatabase.countFromClient(banyanId, "SELECT id FROM company WHERE name = 'Chai Labs'");
    assertEquals(
        400,
        api.post("api/cards/distribute", banyan, distribution(chaiLabs, number(1))).statusCode(),
        "another tenant's card number is no card of banyan's");
    assertEquals(
        400,
        api.post("api/cards/distribute", lumiere, distribution(chaiLabs, number(1))).statusCode(),
        "another tenant's company in the body");
    long banyanCard = banyanCardOfChaiLabs(chaiLabs);
    assertEquals(
        404,
        api.post("api/cards/" + banyanCard + "/assign", lumiere, "{\"memberId\":" + chloe + "}")
            .statusCode());
    assertEquals(
        400,
        api.post("api/cards/" + banyanCard + "/assign", banyan, "{\"memberId\":" + chloe + "}")
            .statusCode(),
        "another tenant's member in the body");
    assertEquals(
        "ASSIGNED_TO_COMPANY",
        Api.json(api.get("api/cards/" + card, lumiere)).getString("state"),
        "nothing changed");
  }

  private long banyanCardOfChaiLabs(long chaiLabs) {
    long blr = TestDatabase.countFromClient(banyanId, "SELECT id FROM centre WHERE code = 'BLR1'");
    assertEquals(
        201, importCsv(banyan, blr, "card number\n" + number(7) + "\n", "en").statusCode());
    HttpResponse<String> given =
        api.post("api/cards/distribute", banyan, distribution(chaiLabs, number(7)));
    assertEquals(200, given.statusCode(), given.body());
    return TestDatabase.countFromClient(
        banyanId, "SELECT id FROM access_card WHERE number = ?", number(7));
  }

  /** A booking of Salle Lumière for Studio Kaolin, a Monday far ahead, 10:00–11:00 Paris. */
  private long booking() {
    java.time.LocalDate monday =
        io.atrium.testing.FreeDay.randomFrom(
            lumiereId,
            java.time.LocalDate.of(2033, 1, 3),
            400,
            lumiere("SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1"));
    return io.atrium.testing.DemoBookings.book(
        api,
        lumiere,
        "Salle Lumière",
        "Studio Kaolin",
        monday.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Paris")),
        1);
  }

  private String state(long card) {
    return Api.json(api.get("api/cards/" + card, lumiere)).getString("state");
  }

  @Test
  void aTemporaryCardLentForABookingIsAvailableAgainByItselfWhenTheBookingEnds() throws Exception {
    importCsv(
        lumiere,
        par1(),
        "card number,type\n"
            + number(1)
            + ",temporary\n"
            + number(2)
            + ",standard\n"
            + number(3)
            + ",temporary\n",
        "en");
    long temporary = lumiere("SELECT id FROM access_card WHERE number = ?", number(1));
    long standard = lumiere("SELECT id FROM access_card WHERE number = ?", number(2));
    long other = lumiere("SELECT id FROM access_card WHERE number = ?", number(3));
    long booking = booking();

    assertEquals(
        409,
        api.post("api/cards/" + standard + "/lend", lumiere, "{\"bookingId\":" + booking + "}")
            .statusCode(),
        "a standard card is not lent");
    HttpResponse<String> lent =
        api.post("api/cards/" + temporary + "/lend", lumiere, "{\"bookingId\":" + booking + "}");
    assertEquals(201, lent.statusCode(), lent.body());
    assertEquals("LENT", state(temporary));
    assertEquals(
        "Studio Kaolin", Api.json(api.get("api/cards/" + temporary, lumiere)).getString("company"));
    JsonObject loan = Api.json(api.get("api/cards/" + temporary + "/loan", lumiere));
    assertEquals(
        Api.json(api.get("api/bookings/" + booking, lumiere)).getString("endsAt"),
        loan.getString("endsAt"),
        "active until the booking's end");
    assertEquals(
        409,
        api.post("api/cards/" + temporary + "/lend", lumiere, "{\"bookingId\":" + booking + "}")
            .statusCode(),
        "already lent");

    // The booking ended an hour ago, while no server ran: the next run of the job ends the loan.
    TestDatabase.updateFromClient(
        lumiereId,
        "UPDATE card_loan SET starts_at = now() - interval '2 hours', ends_at = now() - interval"
            + " '1 hour' WHERE card_id = ? AND ended_at IS NULL",
        temporary);
    assertTrue(
        io.atrium.testing.Poll.until(
            java.time.Duration.ofSeconds(90),
            java.time.Duration.ofMillis(500),
            () -> state(temporary).equals("AVAILABLE")),
        "the card comes back by itself");
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessCard' AND entity_id = ?"
                + " AND action = 'LOAN_ENDED' AND actor_kind = 'SYSTEM'",
            Long.toString(temporary)));
    assertEquals(404, api.get("api/cards/" + temporary + "/loan", lumiere).statusCode());

    // A cancelled booking ends its loan too; staff may take a card back early.
    assertEquals(
        201,
        api.post("api/cards/" + temporary + "/lend", lumiere, "{\"bookingId\":" + booking + "}")
            .statusCode());
    assertEquals(
        201,
        api.post("api/cards/" + other + "/lend", lumiere, "{\"bookingId\":" + booking + "}")
            .statusCode());
    assertEquals(
        "AVAILABLE",
        Api.json(api.post("api/cards/" + other + "/take-back", lumiere, "{}")).getString("state"));
    assertEquals(200, api.post("api/bookings/" + booking + "/cancel", lumiere, "{}").statusCode());
    assertEquals(
        "AVAILABLE", state(temporary), "a cancelled booking's card is back as the cancel answers");
    assertEquals(
        1,
        lumiere(
            "SELECT count(*) FROM audit_entry WHERE entity_type = 'AccessCard' AND entity_id = ?"
                + " AND action = 'LOAN_ENDED' AND actor_kind <> 'SYSTEM'"
                + " AND changes -> 'endedBy' ->> 1 = 'BOOKING'",
            Long.toString(temporary)),
        "ended by the cancel, audited as the canceller's");
    assertEquals(
        400,
        api.post("api/cards/" + other + "/lend", lumiere, "{\"bookingId\":" + booking + "}")
            .statusCode(),
        "no loan for a cancelled booking");

    long banyanBooking =
        TestDatabase.countFromClient(banyanId, "SELECT coalesce(max(id), 0) FROM booking");
    HttpResponse<String> foreign =
        api.post("api/cards/" + other + "/lend", lumiere, "{\"bookingId\":" + banyanBooking + "}");
    assertEquals(400, foreign.statusCode(), "another tenant's booking in the body");
    assertTrue(Api.json(foreign).getJsonObject("errors").containsKey("bookingId"));
  }

  @Test
  void malformedAndHugeInputGetsAClearAnswer() {
    assertEquals(400, api.post("api/cards/distribute", lumiere, "{\"companyId\":").statusCode());
    assertEquals(
        400,
        api.post("api/cards/distribute", lumiere, "{\"companyId\":1,\"numbers\":[\"1\\u0000\"]}")
            .statusCode());
    assertEquals(400, api.get("api/cards?state=SOLD", lumiere).statusCode());
    assertEquals(400, api.get("api/cards?number=" + "9".repeat(40), lumiere).statusCode());
    assertEquals(400, api.post("api/cards/1/assign", lumiere, "{\"memberId\":\"x\"}").statusCode());
    HttpResponse<String> noCentre =
        api.upload("api/cards/import", lumiere, "text/csv", "card number\n1\n".getBytes());
    assertEquals(400, noCentre.statusCode());
  }

  private static String distribution(long company, String... numbers) {
    var list = Json.createArrayBuilder();
    for (String n : numbers) {
      list.add(n);
    }
    return Json.createObjectBuilder()
        .add("companyId", company)
        .add("numbers", list)
        .build()
        .toString();
  }
}
