package io.atrium.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Permission;
import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api/contracts as an integration calls it, on this class's copy of lumiere: a draft made, edited,
 * sent and signed (its two invoices in the answer), notice and end; illegal steps 409; bad bodies
 * refused as problem+json naming the field; banyan's ids in the path and in the body not found, and
 * nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsApiIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  @Inject ContractRows rows;

  @Inject HttpServletRequest request;

  private static String lumiere;
  private static long tenant;
  private static long paris;
  private static long kaolin;
  private Api api;
  private String admin;

  @BeforeEach
  void ownCopyOfLumiere() {
    if (lumiere == null) {
      lumiere = tenants.copyOf("lumiere");
      tenant = tenants.idOf(lumiere);
      paris = tenants.centreId(lumiere, "PAR1");
      kaolin = rows.company(tenant, "Studio Kaolin");
    }
    api =
        new Api(
            URI.create(
                "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/"));
    admin = api.token(lumiere, "admin@lumiere.test");
  }

  @Test
  void aDraftIsMadeEditedSentSignedNoticedAndEnded() {
    long office = rows.space(tenant, "Bureau 102");
    var created =
        api.post(
            "api/contracts",
            admin,
            form(paris, "\"companyId\":" + kaolin, "{\"spaceId\":" + office + "}", "\"500\""));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject contract = Api.json(created);
    long id = contract.getJsonNumber("id").longValue();
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/contracts/" + id));
    assertEquals("DRAFT", contract.getString("status"));
    assertEquals("EUR", contract.getString("currency"));
    assertEquals("650.00", contract.getJsonArray("lines").getJsonObject(0).getString("unitPrice"));

    var edited =
        api.put(
            "api/contracts/" + id,
            admin,
            form(paris, "\"companyId\":" + kaolin, "{\"spaceId\":" + office + "}", "\"600.00\""));
    assertEquals(200, edited.statusCode(), edited.body());
    assertEquals("600.00", Api.json(edited).getString("depositAmount"));
    assertEquals(
        "SENT",
        Api.json(api.post("api/contracts/" + id + "/send", admin, "{}")).getString("status"));
    assertProblem(api.post("api/contracts/" + id + "/send", admin, "{}"), 409);

    var signed =
        api.post(
            "api/contracts/" + id + "/signature",
            admin,
            "{\"signatoryName\":\"Léa Fontaine\",\"method\":\"IN_PERSON\","
                + "\"signedAt\":\"2026-11-13T16:30:00+01:00\"}");
    assertEquals(200, signed.statusCode(), signed.body());
    JsonArray invoices = Api.json(signed).getJsonArray("invoices");
    assertEquals(2, invoices.size());
    assertEquals("DEPOSIT", invoices.getJsonObject(0).getString("kind"));
    assertEquals("600.00", invoices.getJsonObject(0).getString("grossTotal"));
    assertEquals("INVOICE", invoices.getJsonObject(1).getString("kind"));
    assertEquals("ACTIVE", Api.json(signed).getJsonObject("contract").getString("status"));

    var noticed =
        api.post("api/contracts/" + id + "/notice", admin, "{\"noticeDate\":\"2026-12-01\"}");
    assertEquals(200, noticed.statusCode(), noticed.body());
    assertEquals("2027-11-13", Api.json(noticed).getString("endDate"), "12 months committed");
    assertEquals(
        "ENDED",
        Api.json(api.post("api/contracts/" + id + "/end", admin, "{}")).getString("status"));
    assertProblem(api.post("api/contracts/" + id + "/cancel", admin, "{\"reason\":\"x\"}"), 409);

    var listed = api.get("api/contracts?status=ENDED&company=" + kaolin, admin);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains("\"id\":" + id), listed.body());
  }

  @Test
  void badBodiesAreRefusedAsProblemJsonNamingTheFieldAndWriteNothing() {
    long before = rows.count(tenant, "contract");
    String company = "\"companyId\":" + kaolin;
    String item = "{\"itemId\":" + rows.item(tenant, "COWORKING") + "}";
    assertProblem(api.post("api/contracts", admin, "{\"centreId\":"), 400);
    assertProblem(api.post("api/contracts", admin, "[1,2]"), 400);
    assertEquals(
        "depositAmount",
        field(api.post("api/contracts", admin, form(paris, company, item, "\"-5\""))));
    assertEquals(
        "depositAmount",
        field(api.post("api/contracts", admin, form(paris, company, item, "\"abc\""))));
    assertEquals(
        "notes",
        field(
            api.post(
                "api/contracts",
                admin,
                form(paris, company, item, "\"0\"")
                    .replace("\"notes\":\"API\"", "\"notes\":\"a\\u0000b\""))));
    assertEquals(
        "notes",
        field(
            api.post(
                "api/contracts",
                admin,
                form(paris, company, item, "\"0\"")
                    .replace("\"notes\":\"API\"", "\"notes\":\"" + "x".repeat(5000) + "\""))));
    assertEquals(
        "startDate",
        field(
            api.post(
                "api/contracts",
                admin,
                form(paris, company, item, "\"0\"").replace("2026-11-14", "14/11/2026"))));
    assertEquals(
        "client",
        field(api.post("api/contracts", admin, form(paris, "\"memberId\":null", item, "\"0\""))));
    var signature =
        api.post(
            "api/contracts/" + draft(item) + "/signature",
            admin,
            "{\"signatoryName\":\"Léa\",\"method\":\"FAX\",\"signedAt\":\"yesterday\"}");
    assertProblem(signature, 400);
    JsonObject errors = Api.json(signature).getJsonObject("errors");
    assertTrue(errors.containsKey("method") && errors.containsKey("signedAt"), signature.body());
    assertEquals(before + 1, rows.count(tenant, "contract"), "only the one good draft");
  }

  @Test
  void anotherTenantsIdsInThePathOrTheBodyAreNotFoundAndWriteNothing() {
    String item = "{\"itemId\":" + rows.item(tenant, "COWORKING") + "}";
    long mine = draft(item);
    String banyan = api.token("banyan", "admin@banyan.test");
    long banyanTenant = tenants.idOf("banyan");
    long theirCentre = tenants.centreId("banyan", "BLR1");
    long theirCompany = rows.company(banyanTenant, "Peepal Analytics");
    long theirItem =
        ((Number)
                rows.rows(banyanTenant, "SELECT id FROM catalogue_item WHERE kind = 'MAIN'").get(0))
            .longValue();
    long theirSpace = ((Number) rows.rows(banyanTenant, "SELECT id FROM space").get(0)).longValue();
    long before = rows.count(tenant, "contract");

    for (String path : new String[] {"", "/send", "/end", "/notice", "/cancel", "/signature"}) {
      String method = path.isEmpty() ? "GET" : "POST";
      var response =
          api.call(method, "api/contracts/" + mine + path, banyan, path.isEmpty() ? null : "{}");
      assertProblem(response, 404);
    }
    assertProblem(
        api.put(
            "api/contracts/" + mine,
            banyan,
            form(
                theirCentre,
                "\"companyId\":" + theirCompany,
                "{\"itemId\":" + theirItem + "}",
                "\"0\"")),
        404);
    String company = "\"companyId\":" + kaolin;
    assertProblem(api.post("api/contracts", admin, form(theirCentre, company, item, "\"0\"")), 404);
    assertProblem(
        api.post(
            "api/contracts", admin, form(paris, "\"companyId\":" + theirCompany, item, "\"0\"")),
        404);
    assertProblem(
        api.post(
            "api/contracts",
            admin,
            form(paris, company, "{\"itemId\":" + theirItem + "}", "\"0\"")),
        404);
    assertProblem(
        api.post(
            "api/contracts",
            admin,
            form(paris, company, "{\"spaceId\":" + theirSpace + "}", "\"0\"")),
        404);
    assertProblem(
        api.put(
            "api/contracts/" + mine,
            admin,
            form(paris, company, "{\"spaceId\":" + theirSpace + "}", "\"0\"")),
        404);
    assertEquals(before, rows.count(tenant, "contract"));
    assertEquals("DRAFT", rows.contract(tenant, mine).getStatus().name());
  }

  @Test
  void withoutContractRightsTheApiIsForbidden() {
    var staff =
        tenants.staff(
            tenant,
            "reader." + System.nanoTime() + "@" + lumiere + ".test",
            "Lecteur",
            "fr",
            "Test-pass-2026-x",
            Permission.parse("companies:read"));
    String access =
        Api.json(api.requestToken(lumiere, staff.email(), staff.password()))
            .getString("access_token");
    assertProblem(api.get("api/contracts", access), 403);
  }

  private long draft(String line) {
    var created =
        api.post("api/contracts", admin, form(paris, "\"companyId\":" + kaolin, line, "\"0\""));
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private static String form(long centre, String client, String line, String deposit) {
    return "{\"centreId\":"
        + centre
        + ","
        + client
        + ",\"startDate\":\"2026-11-14\",\"commitmentMonths\":12,\"depositAmount\":"
        + deposit
        + ",\"notes\":\"API\",\"lines\":["
        + line
        + "]}";
  }

  private static String field(HttpResponse<String> response) {
    assertProblem(response, 400);
    JsonObject errors = Api.json(response).getJsonObject("errors");
    assertTrue(errors != null && errors.size() == 1, response.body());
    return errors.keySet().iterator().next();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE,
        response.headers().firstValue("Content-Type").orElse("").split(";")[0],
        "problem+json");
  }
}
