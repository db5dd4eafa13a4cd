package io.atrium.daypasses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.FreshCompany;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member buys a day pass through {@code /api/day-passes} with their own token (issue 14: "members
 * buy one in the client space"): for themselves at their centre, billed with the month to their
 * company (a consumption, no invoice) or paid from its credits; one a day; invoices, another centre
 * or another member are staff's; a User may not buy what has a price; another tenant's item is an
 * unknown field. Staff may bill a pass with the month too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberDayPassesIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  @Test
  void aMemberBuysDayPassesBilledWithTheMonthOrFromCredits() throws Exception {
    Api api = new Api(base.toURI());
    String staff = api.token("lumiere", "admin@lumiere.test");
    long tenant = Api.tenantId(staff);
    long paris = TestDatabase.countFromClient(tenant, "SELECT id FROM centre WHERE code = 'PAR1'");
    FreshCompany company = FreshCompany.at(api, staff, paris, "Pass");
    String member = api.token("lumiere", company.contactEmail());
    long item =
        TestDatabase.countFromClient(
            tenant,
            "SELECT min(i.id) FROM catalogue_item i JOIN catalogue_item_centre c ON c.item_id ="
                + " i.id WHERE i.service_type = 'DAY_PASS' AND i.unit = 'DAY' AND i.active AND"
                + " c.centre_id = ?",
            paris);
    LocalDate day = LocalDate.now(PARIS).plusDays(5);

    var monthly = api.post("api/day-passes", member, form(item, day, "MONTHLY"));
    assertEquals(201, monthly.statusCode(), monthly.body());
    JsonObject pass = Api.json(monthly);
    assertEquals("MONTHLY", pass.getString("payment"));
    assertTrue(!pass.containsKey("invoiceId") || pass.isNull("invoiceId"), monthly.body());
    assertEquals(
        1,
        TestDatabase.countFromClient(
            tenant,
            "SELECT count(*) FROM consumption c JOIN day_pass p ON p.consumption_id = c.id WHERE"
                + " p.id = ? AND c.company_id = ? AND c.invoice_id IS NULL AND c.created_by_id IS"
                + " NULL",
            pass.getJsonNumber("id").longValue(),
            company.id()),
        "a consumption of the company for the monthly run, with no staff author");
    var listed = api.get("api/day-passes", member);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains("\"id\":" + pass.getJsonNumber("id")), listed.body());
    assertEquals(409, api.post("api/day-passes", member, form(item, day, "MONTHLY")).statusCode());

    var granted =
        api.post(
            "api/credits",
            staff,
            "{\"centreId\":"
                + paris
                + ",\"companyId\":"
                + company.id()
                + ",\"unit\":\"MONEY\",\"amount\":500,\"label\":\"Prépayé\"}");
    assertEquals(201, granted.statusCode(), granted.body());
    var credits = api.post("api/day-passes", member, form(item, day.plusDays(1), "CREDITS"));
    assertEquals(201, credits.statusCode(), credits.body());
    assertEquals(
        Api.json(credits).getJsonNumber("grossTotal").bigDecimalValue(),
        Api.json(credits).getJsonNumber("creditsUsed").bigDecimalValue());

    assertField(
        api.post("api/day-passes", member, form(item, day.plusDays(2), "INVOICE")), "payment");
    assertField(
        api.post(
            "api/day-passes",
            member,
            "{\"centreId\":"
                + paris
                + ",\"itemId\":"
                + item
                + ",\"day\":\""
                + day.plusDays(2)
                + "\"}"),
        "centreId");
    String banyan = api.token("banyan", "admin@banyan.test");
    long banyanItem =
        TestDatabase.countFromClient(
            Api.tenantId(banyan), "SELECT id FROM catalogue_item WHERE code = 'DAY-PASS'");
    assertField(
        api.post("api/day-passes", member, form(banyanItem, day.plusDays(2), "MONTHLY")), "itemId");
    String user = api.token("lumiere", "user@kaolin.test");
    assertEquals(
        403, api.post("api/day-passes", user, form(item, day.plusDays(2), "MONTHLY")).statusCode());

    var staffMonthly =
        api.post(
            "api/day-passes",
            staff,
            "{\"centreId\":"
                + paris
                + ",\"memberId\":"
                + company.contactId()
                + ",\"itemId\":"
                + item
                + ",\"day\":\""
                + day.plusDays(3)
                + "\",\"payment\":\"MONTHLY\"}");
    assertEquals(201, staffMonthly.statusCode(), staffMonthly.body());
    assertTrue(
        !Api.json(staffMonthly).containsKey("invoiceId")
            || Api.json(staffMonthly).isNull("invoiceId"),
        "billed with the month, not invoiced");
  }

  private static String form(long item, LocalDate day, String payment) {
    return Json.createObjectBuilder()
        .add("itemId", item)
        .add("day", day.toString())
        .add("payment", payment)
        .build()
        .toString();
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(Api.json(response).getJsonObject("errors").containsKey(field), response.body());
  }
}
