package io.atrium.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.FreshCompany;
import io.atrium.testing.MailCatcher;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credits through {@code /api/credits} (issue 14: "paid from credits: company credit pools and
 * member allowances in hours or money, with expiry and a ledger"). Each test opens a company of its
 * own at Paris, so no other test's bookings are paid from its credits. A booking is paid from hours
 * when a pool covers it whole and given back when cancelled in time; a move takes its new length;
 * an expired pool, a booking invoiced at once or one longer than the balance is billed as before;
 * the member's allowance goes before the company's pool; a day pass is paid from money credits or
 * refused with nothing written; members see theirs and grant nothing; adjustments never leave a
 * balance below zero, and every grant and adjustment is audited; another tenant's pool is 404 and
 * its company an unknown field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreditsIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String staff;
  private long lumiereId;
  private long paris;
  private long company;
  private long contact;
  private String contactEmail;

  @BeforeAll
  static void smtp() {
    MailCatcher.start();
  }

  @AfterAll
  static void stopSmtp() {
    MailCatcher.stop();
  }

  @BeforeEach
  void companyOfItsOwn() throws Exception {
    api = new Api(base.toURI());
    staff = api.token("lumiere", "admin@lumiere.test");
    lumiereId = Api.tenantId(staff);
    paris = lumiere("SELECT id FROM centre WHERE code = 'PAR1'");
    FreshCompany fresh = FreshCompany.at(api, staff, paris, "Crédits");
    company = fresh.id();
    contact = fresh.contactId();
    contactEmail = fresh.contactEmail();
  }

  private long lumiere(String sql, Object... parameters) {
    return TestDatabase.countFromClient(lumiereId, sql, parameters);
  }

  private long room() {
    return lumiere("SELECT id FROM space WHERE name = 'Salle Lumière' ORDER BY id LIMIT 1");
  }

  /** A weekday Salle Lumière has no booking yet, well ahead, the centre open. */
  private LocalDate freeDay() {
    return io.atrium.testing.FreeDay.of(lumiereId, room());
  }

  private static String at(LocalDate day, int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), PARIS).toOffsetDateTime().toString();
  }

  private JsonObjectBuilder booking(LocalDate day, int from, int to) {
    return Json.createObjectBuilder()
        .add("spaceId", room())
        .add("companyId", company)
        .add("startsAt", at(day, from))
        .add("endsAt", at(day, to))
        .add("title", "Comité");
  }

  private JsonObject book(String token, JsonObjectBuilder form) {
    var booked = api.post("api/bookings", token, form.build().toString());
    assertEquals(201, booked.statusCode(), booked.body());
    return Api.json(booked);
  }

  private JsonObject grant(JsonObjectBuilder form) {
    var granted = api.post("api/credits", staff, form.build().toString());
    assertEquals(201, granted.statusCode(), granted.body());
    return Api.json(granted);
  }

  private JsonObjectBuilder hours(String amount) {
    return Json.createObjectBuilder()
        .add("centreId", paris)
        .add("companyId", company)
        .add("unit", "HOURS")
        .add("amount", new BigDecimal(amount))
        .add("label", "Heures de salle");
  }

  private BigDecimal balance(long pool, String token) {
    return Api.json(api.get("api/credits/" + pool, token))
        .getJsonNumber("balance")
        .bigDecimalValue();
  }

  private JsonArray ledger(long pool, String token) {
    var entries = api.get("api/credits/" + pool + "/entries", token);
    assertEquals(200, entries.statusCode(), entries.body());
    return Json.createReader(new StringReader(entries.body())).readArray();
  }

  private static List<String> kinds(JsonArray ledger) {
    return ledger.stream().map(e -> e.asJsonObject().getString("kind")).toList();
  }

  /** Null or left out, as JSON-B writes nulls. */
  private static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    assertTrue(Api.json(response).getJsonObject("errors").containsKey(field), response.body());
  }

  private long audited(String action, long pool) {
    return lumiere(
        "SELECT count(*) FROM audit_entry WHERE entity_type = 'CreditPool' AND entity_id = ? AND"
            + " action = ? AND actor_kind = 'STAFF' AND actor_name IS NOT NULL",
        Long.toString(pool),
        action);
  }

  @Test
  void hoursPayABookingWholeAndComeBackWhenItIsCancelledInTime() {
    long pool = grant(hours("3")).getJsonNumber("id").longValue();
    assertEquals(new BigDecimal("3.00"), balance(pool, staff));
    assertEquals(1, audited("CREATE", pool), "the grant is audited with its actor");
    LocalDate day = freeDay();

    JsonObject paid = book(staff, booking(day, 10, 12));
    assertEquals(pool, paid.getJsonNumber("creditPoolId").longValue());
    assertEquals(new BigDecimal("2.00"), paid.getJsonNumber("creditsUsed").bigDecimalValue());
    assertTrue(absent(paid, "consumptionId"), "paid from credits: nothing for the billing run");
    assertEquals(new BigDecimal("1.00"), balance(pool, staff));

    JsonObject billed = book(staff, booking(day, 14, 16));
    assertTrue(absent(billed, "creditPoolId"), "one hour left does not cover two");
    assertFalse(absent(billed, "consumptionId"), "billed by the monthly run instead");
    assertEquals(new BigDecimal("1.00"), balance(pool, staff));

    long id = paid.getJsonNumber("id").longValue();
    var cancelled = api.post("api/bookings/" + id + "/cancel", staff, "{}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals(new BigDecimal("3.00"), balance(pool, staff));
    JsonArray ledger = ledger(pool, staff);
    assertEquals(List.of("REFUND", "BOOKING", "GRANT"), kinds(ledger));
    JsonObject refund = ledger.getJsonObject(0);
    assertEquals(new BigDecimal("2.00"), refund.getJsonNumber("amount").bigDecimalValue());
    assertEquals(new BigDecimal("3.00"), refund.getJsonNumber("balanceAfter").bigDecimalValue());
    assertEquals(id, refund.getJsonNumber("bookingId").longValue());
    assertEquals(
        new BigDecimal("-2.00"), ledger.getJsonObject(1).getJsonNumber("amount").bigDecimalValue());
  }

  @Test
  void aMoveTakesTheNewLengthWhileExpiredPoolsAndInvoicesAtOnceLeaveCreditsAlone() {
    LocalDate day = freeDay();
    long expired =
        grant(hours("10").add("expiresOn", LocalDate.now(PARIS).toString()))
            .getJsonNumber("id")
            .longValue();
    JsonObject invoiced = book(staff, booking(day, 8, 9).add("invoiceNow", true));
    assertTrue(absent(invoiced, "creditPoolId"), "invoiced at once as asked");
    assertFalse(absent(invoiced, "invoiceId"));
    JsonObject afterExpiry = book(staff, booking(day, 9, 10));
    assertTrue(absent(afterExpiry, "creditPoolId"), "credits valid until today pay nothing later");
    assertEquals(new BigDecimal("10.00"), balance(expired, staff));

    long pool = grant(hours("4")).getJsonNumber("id").longValue();
    JsonObject paid = book(staff, booking(day, 11, 12));
    assertEquals(pool, paid.getJsonNumber("creditPoolId").longValue());
    long id = paid.getJsonNumber("id").longValue();
    var moved =
        api.put(
            "api/bookings/" + id,
            staff,
            Json.createObjectBuilder()
                .add("spaceId", room())
                .add("startsAt", at(day, 11))
                .add("endsAt", at(day, 14))
                .add("title", "Comité long")
                .build()
                .toString());
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals(
        new BigDecimal("3.00"), Api.json(moved).getJsonNumber("creditsUsed").bigDecimalValue());
    assertEquals(new BigDecimal("1.00"), balance(pool, staff));
    assertEquals(List.of("BOOKING", "REFUND", "BOOKING", "GRANT"), kinds(ledger(pool, staff)));
  }

  @Test
  void theMembersAllowanceGoesFirstAndMembersSeeButNeverGrant() throws Exception {
    String member = api.token("lumiere", contactEmail);
    long companyPool = grant(hours("5")).getJsonNumber("id").longValue();
    long allowance =
        grant(
                Json.createObjectBuilder()
                    .add("centreId", paris)
                    .add("memberId", contact)
                    .add("unit", "HOURS")
                    .add("amount", 1)
                    .add("label", "Forfait personnel"))
            .getJsonNumber("id")
            .longValue();

    LocalDate day = freeDay();
    JsonObject mine =
        book(
            member,
            Json.createObjectBuilder()
                .add("spaceId", room())
                .add("startsAt", at(day, 15))
                .add("endsAt", at(day, 16))
                .add("title", "Point"));
    assertEquals(allowance, mine.getJsonNumber("creditPoolId").longValue());
    assertEquals(new BigDecimal("0.00"), balance(allowance, member));
    assertEquals(new BigDecimal("5.00"), balance(companyPool, member));

    var listed = api.get("api/credits", member);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains("\"id\":" + companyPool), listed.body());
    assertTrue(listed.body().contains("\"id\":" + allowance), listed.body());
    assertEquals(List.of("BOOKING", "GRANT"), kinds(ledger(allowance, member)));
    assertProblem(api.post("api/credits", member, hours("1").build().toString()), 403);
    assertProblem(
        api.post(
            "api/credits/" + companyPool + "/entries", member, "{\"amount\":5,\"note\":\"moi\"}"),
        403);
    String otherMember = api.token("lumiere", "user@kaolin.test");
    assertProblem(api.get("api/credits/" + companyPool, otherMember), 404);
    assertFalse(api.get("api/credits", otherMember).body().contains("\"id\":" + companyPool));

    var page = new WebSession(base.toURI()).signedIn("lumiere", contactEmail);
    String portal = page.get("portal/bookings.xhtml").body();
    assertTrue(portal.contains("Forfait personnel"), "the client space lists the allowance");
    assertTrue(portal.contains("Heures de salle"), "and the company's pool");
  }

  @Test
  void aDayPassIsPaidFromMoneyCreditsOrRefusedWithNothingWritten() throws Exception {
    long item =
        lumiere(
            "SELECT min(i.id) FROM catalogue_item i JOIN catalogue_item_centre c ON c.item_id ="
                + " i.id WHERE i.service_type = 'DAY_PASS' AND i.unit = 'DAY' AND i.active AND"
                + " c.centre_id = ?",
            paris);
    LocalDate day = LocalDate.now(PARIS).plusDays(3);
    String pass =
        Json.createObjectBuilder()
            .add("centreId", paris)
            .add("memberId", contact)
            .add("itemId", item)
            .add("day", day.toString())
            .add("payment", "CREDITS")
            .build()
            .toString();
    var refused = api.post("api/day-passes", staff, pass);
    assertProblem(refused, 409);
    assertEquals(0, lumiere("SELECT count(*) FROM day_pass WHERE member_id = ?", contact));

    long pool =
        grant(
                Json.createObjectBuilder()
                    .add("centreId", paris)
                    .add("companyId", company)
                    .add("unit", "MONEY")
                    .add("amount", 1000)
                    .add("label", "Avoir prépayé"))
            .getJsonNumber("id")
            .longValue();
    assertEquals("EUR", Api.json(api.get("api/credits/" + pool, staff)).getString("currency"));
    var sold = api.post("api/day-passes", staff, pass);
    assertEquals(201, sold.statusCode(), sold.body());
    JsonObject soldPass = Api.json(sold);
    BigDecimal gross = soldPass.getJsonNumber("grossTotal").bigDecimalValue();
    assertTrue(absent(soldPass, "invoiceId"), "paid from credits: no invoice");
    assertEquals(gross, soldPass.getJsonNumber("creditsUsed").bigDecimalValue());
    assertEquals(new BigDecimal("1000.00").subtract(gross), balance(pool, staff));
    assertTrue(
        Poll.until(
            Duration.ofSeconds(30),
            Duration.ofMillis(200),
            () ->
                MailCatcher.receivedBy(contactEmail::equalsIgnoreCase).stream()
                    .anyMatch(
                        m ->
                            m.subject().contains(" pass ")
                                && m.body()
                                    .matches(
                                        "(?s).*(payé par vos crédits|paid from your"
                                            + " credits).*"))),
        "the member is told the pass is paid from their credits");

    long id = soldPass.getJsonNumber("id").longValue();
    assertEquals(200, api.post("api/day-passes/" + id + "/cancel", staff, "{}").statusCode());
    assertEquals(new BigDecimal("1000.00"), balance(pool, staff));
    assertEquals(List.of("REFUND", "DAY_PASS", "GRANT"), kinds(ledger(pool, staff)));
  }

  @Test
  void adjustmentsHaveAReasonNeverGoBelowZeroAndBadGrantsNameTheirField() {
    long pool = grant(hours("2")).getJsonNumber("id").longValue();
    String entries = "api/credits/" + pool + "/entries";
    assertField(api.post(entries, staff, "{\"amount\":-5,\"note\":\"Erreur\"}"), "amount");
    assertField(api.post(entries, staff, "{\"amount\":-0.5}"), "note");
    assertField(api.post(entries, staff, "{\"amount\":0,\"note\":\"Rien\"}"), "amount");
    var added = api.post(entries, staff, "{\"amount\":1.5,\"note\":\"Geste commercial\"}");
    assertEquals(201, added.statusCode(), added.body());
    assertEquals(
        new BigDecimal("3.50"), Api.json(added).getJsonNumber("balanceAfter").bigDecimalValue());
    assertEquals(1, audited("ADJUST", pool), "the adjustment is audited with its actor");

    assertField(api.post("api/credits", staff, hours("0.001").build().toString()), "amount");
    assertField(api.post("api/credits", staff, hours("-1").build().toString()), "amount");
    assertField(
        api.post("api/credits", staff, hours("1").add("unit", "DAYS").build().toString()), "unit");
    assertField(
        api.post(
            "api/credits",
            staff,
            hours("1")
                .add("expiresOn", LocalDate.now(PARIS).minusDays(2).toString())
                .build()
                .toString()),
        "expiresOn");
    assertField(
        api.post("api/credits", staff, hours("1").add("memberId", contact).build().toString()),
        "companyId");
    assertField(
        api.post("api/credits", staff, hours("1").add("label", "x".repeat(121)).build().toString()),
        "label");

    String banyan = api.token("banyan", "admin@banyan.test");
    assertProblem(api.get("api/credits/" + pool, banyan), 404);
    assertProblem(api.get(entries, banyan), 404);
    assertProblem(api.post(entries, banyan, "{\"amount\":1,\"note\":\"x\"}"), 404);
    assertFalse(api.get("api/credits", banyan).body().contains("\"id\":" + pool));
    long blr =
        TestDatabase.countFromClient(
            Api.tenantId(banyan), "SELECT id FROM centre WHERE code = 'BLR1'");
    assertField(
        api.post("api/credits", banyan, hours("1").add("centreId", blr).build().toString()),
        "companyId");
    assertEquals(new BigDecimal("3.50"), balance(pool, staff));
  }

  @Test
  void aMonthlyOptionTakesCreditHoursAndAnItemSoldOtherwiseIsRefused() {
    String code =
        "HEURES-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    JsonObjectBuilder item =
        Json.createObjectBuilder()
            .add("code", code)
            .add("kind", "OPTION")
            .add("nameEn", "Ten meeting-room hours a month")
            .add("nameFr", "Dix heures de salle par mois")
            .add("vatCategory", "S")
            .add("taxRate", "20")
            .add("creditHours", "10")
            .add("centreIds", Json.createArrayBuilder().add(paris));
    var hourly = api.post("api/catalogue", staff, item.add("unit", "HOUR").build().toString());
    assertField(hourly, "creditHours");
    item =
        Json.createObjectBuilder()
            .add("code", code)
            .add("kind", "OPTION")
            .add("nameEn", "Ten meeting-room hours a month")
            .add("nameFr", "Dix heures de salle par mois")
            .add("vatCategory", "S")
            .add("taxRate", "20")
            .add("centreIds", Json.createArrayBuilder().add(paris))
            .add("unit", "MONTH");
    assertField(
        api.post("api/catalogue", staff, item.add("creditHours", "0").build().toString()),
        "creditHours");
    var monthly =
        api.post(
            "api/catalogue",
            staff,
            Json.createObjectBuilder()
                .add("code", code)
                .add("kind", "OPTION")
                .add("nameEn", "Ten meeting-room hours a month")
                .add("nameFr", "Dix heures de salle par mois")
                .add("vatCategory", "S")
                .add("taxRate", "20")
                .add("centreIds", Json.createArrayBuilder().add(paris))
                .add("unit", "MONTH")
                .add("creditHours", "10")
                .build()
                .toString());
    assertEquals(201, monthly.statusCode(), monthly.body());
    long id = Api.json(monthly).getJsonNumber("id").longValue();
    assertEquals("10", Api.json(api.get("api/catalogue/" + id, staff)).getString("creditHours"));
  }
}
