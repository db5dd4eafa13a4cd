package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
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
 * Invoices through the REST API, on the French demo operator: the accountant types, issues and
 * credits a manual invoice; bad input is refused as problem+json with nothing written; members read
 * only their company's issued documents, and only with the company documents right; another
 * tenant's ids are not found, in the path and in the body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoicesApiIT {

  private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
  private static final String ISSUE = "{\"issueDate\":\"" + TODAY + "\"}";
  private static final String FULL = "{\"full\":true}";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String accountant;
  private String admin;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
    accountant = api.token("lumiere", "accounts@lumiere.test");
    admin = api.token("lumiere", "admin@lumiere.test");
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), "problem");
  }

  private JsonObject company(String name) {
    return Api.json(api.get("api/companies?size=100&q=" + name, accountant))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("name").contains(name))
        .findFirst()
        .orElseThrow();
  }

  private long centreOf(long companyId) {
    return Api.json(api.get("api/companies/" + companyId, accountant))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  private long itemOf(long centreId) {
    return Api.json(api.get("api/catalogue?active=true&centre=" + centreId, admin))
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /** A draft of one line of 2 × 100.00 for the company, as JSON. */
  private JsonObject draftFor(String companyName) {
    long company = company(companyName).getJsonNumber("id").longValue();
    long centre = centreOf(company);
    var created =
        api.post(
            "api/invoices",
            accountant,
            "{\"centreId\":" + centre + ",\"companyId\":" + company + "}");
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    var line =
        api.post(
            "api/invoices/" + id + "/lines",
            accountant,
            "{\"itemId\":"
                + itemOf(centre)
                + ",\"description\":\"Bureau privatif\",\"quantity\":\"2\","
                + "\"unitPrice\":\"100.00\"}");
    assertEquals(201, line.statusCode(), line.body());
    return Api.json(line);
  }

  private JsonObject issue(long id) {
    var issued = api.post("api/invoices/" + id + "/issue", accountant, ISSUE);
    assertEquals(200, issued.statusCode(), issued.body());
    return Api.json(issued);
  }

  private long total(String token, String query) {
    return Api.json(api.get("api/invoices?" + query, token)).getJsonNumber("total").longValue();
  }

  @Test
  void anInvoiceIsTypedIssuedAndCreditedThroughTheApi() {
    JsonObject draft = draftFor("Kaolin");
    long id = draft.getJsonNumber("id").longValue();
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals("200.00", draft.getString("netTotal"));
    assertEquals("EUR", draft.getString("currency"));

    JsonObject issued = issue(id);
    assertEquals("ISSUED", issued.getString("status"));
    assertTrue(issued.getString("number").startsWith("F-"), issued.toString());
    assertEquals(TODAY, issued.getString("issueDate"));
    assertEquals("UNPAID", issued.getString("paymentState"));
    assertProblem(api.post("api/invoices/" + id + "/issue", accountant, ISSUE), 409);
    assertProblem(api.post("api/invoices/" + id + "/issue", accountant, "{}"), 400);
    assertProblem(api.delete("api/invoices/" + id, accountant), 409);

    long line = issued.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    var credit =
        api.post(
            "api/invoices/" + id + "/credit-notes",
            accountant,
            "{\"full\":false,\"lines\":[{\"lineId\":" + line + ",\"quantity\":\"1\"}]}");
    assertEquals(201, credit.statusCode(), credit.body());
    assertEquals("CREDIT_NOTE", Api.json(credit).getString("kind"));
    assertTrue(Api.json(credit).getString("number").startsWith("AV-"));
    assertEquals(
        "120.00", Api.json(api.get("api/invoices/" + id, accountant)).getString("credited"));
    assertProblem(api.post("api/invoices/" + id + "/credit-notes", accountant, FULL), 409);

    var lifecycle =
        api.post(
            "api/invoices/" + id + "/lifecycle",
            accountant,
            "{\"status\":\"DEPOSITED\",\"date\":\"" + TODAY + "\",\"reference\":\"PDP-1\"}");
    assertEquals(201, lifecycle.statusCode(), lifecycle.body());
    assertProblem(
        api.post(
            "api/invoices/" + id + "/lifecycle",
            accountant,
            "{\"status\":\"IRN_GENERATED\",\"date\":\"" + TODAY + "\"}"),
        400);
    assertEquals(1, Api.jsonArray(api.get("api/invoices/" + id + "/lifecycle", accountant)).size());

    assertEquals(204, api.post("api/invoices/" + id + "/send", accountant, "{}").statusCode());

    var verify = api.post("api/invoices/verify", accountant, "{}");
    assertEquals(200, verify.statusCode(), verify.body());
    assertTrue(Api.json(verify).getBoolean("verified"), verify.body());
  }

  private long itemCoded(long centreId, String code) {
    return Api.json(api.get("api/catalogue?size=100&active=true&centre=" + centreId, admin))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> code.equals(i.getString("code")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void aCreditNoteTakesBackAtEachRateNoMoreThanTheInvoiceBilledAtIt() {
    long company = company("Kaolin").getJsonNumber("id").longValue();
    long centre = centreOf(company);
    var created =
        api.post(
            "api/invoices",
            accountant,
            "{\"centreId\":" + centre + ",\"companyId\":" + company + "}");
    long id = Api.json(created).getJsonNumber("id").longValue();
    for (String line :
        List.of(
            "{\"itemId\":"
                + itemCoded(centre, "CASIER")
                + ",\"quantity\":\"1\","
                + "\"unitPrice\":\"10.00\"}",
            "{\"itemId\":"
                + itemCoded(centre, "CAFE")
                + ",\"quantity\":\"40\","
                + "\"unitPrice\":\"2.50\"}")) {
      var added = api.post("api/invoices/" + id + "/lines", accountant, line);
      assertEquals(201, added.statusCode(), added.body());
    }
    JsonObject issued = issue(id);
    long locker = issued.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    String nineTimes =
        String.join(
            ",", Collections.nCopies(9, "{\"lineId\":" + locker + ",\"amount\":\"10.00\"}"));

    // 90.00 taken back at 20 % on an invoice that billed 10.00 at 20 %: 18.00 of VAT reversed
    // where 2.00 was charged, though the total stays under the 10 % lines' gross.
    assertProblem(
        api.post(
            "api/invoices/" + id + "/credit-notes",
            accountant,
            "{\"full\":false,\"lines\":[" + nineTimes + "]}"),
        409);
    String once = "{\"full\":false,\"lines\":[{\"lineId\":" + locker + ",\"amount\":\"6.00\"}]}";
    assertEquals(
        201, api.post("api/invoices/" + id + "/credit-notes", accountant, once).statusCode());
    assertProblem(api.post("api/invoices/" + id + "/credit-notes", accountant, once), 409);
    assertEquals("7.20", Api.json(api.get("api/invoices/" + id, accountant)).getString("credited"));
  }

  @Test
  void badInputIsRefusedAsProblemsAndWritesNothing() {
    long before = total(accountant, "status=DRAFT");
    assertProblem(api.post("api/invoices", accountant, "{\"centreId\": 1,"), 400);
    assertProblem(api.post("api/invoices", accountant, "{}"), 400);
    long id = draftFor("Kaolin").getJsonNumber("id").longValue();
    long item =
        Api.json(api.get("api/invoices/" + id, accountant))
            .getJsonArray("lines")
            .getJsonObject(0)
            .getJsonNumber("itemId")
            .longValue();
    var negative =
        api.post(
            "api/invoices/" + id + "/lines",
            accountant,
            "{\"itemId\":" + item + ",\"quantity\":\"-1\",\"unitPrice\":\"-5\"}");
    assertProblem(negative, 400);
    JsonObject errors = Api.json(negative).getJsonObject("errors");
    assertNotNull(errors.get("quantity"), negative.body());
    assertNotNull(errors.get("unitPrice"), negative.body());
    assertProblem(
        api.post(
            "api/invoices/" + id + "/lines",
            accountant,
            "{\"itemId\":" + item + ",\"quantity\":\"1\",\"description\":\"bad\\u0000\"}"),
        400);
    assertProblem(
        api.post(
            "api/invoices/" + id + "/lines",
            accountant,
            "{\"itemId\":"
                + item
                + ",\"quantity\":\"1\",\"description\":\""
                + "x".repeat(5000)
                + "\"}"),
        400);
    assertEquals(
        1, Api.json(api.get("api/invoices/" + id, accountant)).getJsonArray("lines").size());
    assertProblem(api.get("api/invoices?payment=LATE", accountant), 400);
    assertProblem(
        api.post(
            "api/invoices/" + id + "/lines",
            accountant,
            "{\"itemId\":" + item + ",\"quantity\":\"1\",\"unitPrice\":\"1e9\"}"),
        400);
    assertEquals(before + 1, total(accountant, "status=DRAFT"));
    assertEquals(204, api.delete("api/invoices/" + id, accountant).statusCode());
    assertEquals(before, total(accountant, "status=DRAFT"));
  }

  @Test
  void membersReadOnlyTheirCompanysIssuedDocumentsWithTheRight() throws Exception {
    long issued =
        issue(draftFor("Kaolin").getJsonNumber("id").longValue()).getJsonNumber("id").longValue();
    long draft = draftFor("Kaolin").getJsonNumber("id").longValue();
    long nordlys =
        issue(draftFor("Nordlys").getJsonNumber("id").longValue()).getJsonNumber("id").longValue();

    String member = api.token("lumiere", "admin@kaolin.test");
    var mine = Api.json(api.get("api/invoices?size=100", member));
    assertTrue(mine.getJsonNumber("total").longValue() >= 1);
    for (JsonObject invoice : mine.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertEquals("ISSUED", invoice.getString("status"));
      assertEquals(
          company("Kaolin").getJsonNumber("id").longValue(),
          invoice.getJsonNumber("companyId").longValue());
    }
    assertEquals(200, api.get("api/invoices/" + issued, member).statusCode());
    assertProblem(api.get("api/invoices/" + draft, member), 404);
    assertProblem(api.get("api/invoices/" + nordlys, member), 404);
    assertProblem(api.post("api/invoices/" + issued + "/credit-notes", member, FULL), 403);

    String user = api.token("lumiere", "user@kaolin.test");
    assertProblem(api.get("api/invoices", user), 403);
    assertProblem(api.get("api/invoices/" + issued, user), 404);

    String onDemand = api.token("lumiere", "ondemand@lumiere.test");
    assertEquals(0, total(onDemand, ""), "an on-demand member has none of the companies'");
  }

  @Test
  void anotherTenantsIdsAreNotFoundInThePathAndInTheBody() throws Exception {
    long lumiere =
        issue(draftFor("Kaolin").getJsonNumber("id").longValue()).getJsonNumber("id").longValue();
    long lumiereCompany = company("Kaolin").getJsonNumber("id").longValue();
    long lumiereCentre = centreOf(lumiereCompany);
    String banyan = api.token("banyan", "accounts@banyan.test");
    assertProblem(api.get("api/invoices/" + lumiere, banyan), 404);
    assertProblem(api.post("api/invoices/" + lumiere + "/credit-notes", banyan, FULL), 404);
    assertProblem(api.post("api/invoices/" + lumiere + "/corrective", banyan, "{}"), 404);
    assertProblem(api.post("api/invoices/" + lumiere + "/send", banyan, "{}"), 404);
    assertProblem(api.get("api/invoices/" + lumiere + "/lifecycle", banyan), 404);
    assertProblem(api.delete("api/invoices/" + lumiere, banyan), 404);
    long banyanCompany =
        Api.json(api.get("api/companies?size=1", banyan))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long banyanCentre =
        Api.json(api.get("api/companies/" + banyanCompany, banyan))
            .getJsonNumber("homeCentreId")
            .longValue();
    var foreignCompany =
        api.post(
            "api/invoices",
            banyan,
            "{\"centreId\":" + banyanCentre + ",\"companyId\":" + lumiereCompany + "}");
    assertProblem(foreignCompany, 400);
    assertEquals(
        java.util.Set.of("companyId"), Api.json(foreignCompany).getJsonObject("errors").keySet());
    var foreignCentre =
        api.post("api/invoices", banyan, "{\"centreId\":" + lumiereCentre + ",\"memberId\":0}");
    assertProblem(foreignCentre, 400);
    assertTrue(Api.json(foreignCentre).getJsonObject("errors").containsKey("centreId"));
  }
}
