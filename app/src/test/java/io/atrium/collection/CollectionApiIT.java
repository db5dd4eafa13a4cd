package io.atrium.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exports through the REST API, as an accountant's tool calls them, in the demo operators (read
 * only): rights, another tenant's centre, and refused dates as problem+json.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CollectionApiIT {

  private static final String PERIOD = "from=2026-01-01&to=2026-12-31";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() throws Exception {
    api = new Api(base.toURI());
  }

  /** The home centre of a company, read as any API client would. */
  private long homeCentre(String token, String company) {
    long id =
        Api.json(api.get("api/companies?size=100&q=" + company.replace(' ', '+'), token))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("name").equals(company))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    return Api.json(api.get("api/companies/" + id, token))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  @Test
  void anAccountantDownloadsEachExportAndOthersAreRefused() {
    String accountant = api.token("lumiere", "accounts@lumiere.test");
    HttpResponse<String> csv = api.get("api/exports/invoices.csv?" + PERIOD, accountant);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertTrue(csv.body().startsWith("\uFEFFNumber,Kind,Date"), csv.body());
    HttpResponse<String> fec = api.get("api/exports/fec.txt?" + PERIOD, accountant);
    assertEquals(200, fec.statusCode());
    assertTrue(
        fec.headers().firstValue("Content-Disposition").orElseThrow().contains("FEC20261231.txt"));
    assertTrue(fec.body().startsWith("JournalCode|JournalLib|EcritureNum|"));
    assertEquals(200, api.get("api/exports/payments.csv?" + PERIOD, accountant).statusCode());

    String technician = api.token("lumiere", "tech@lumiere.test");
    assertProblem(api.get("api/exports/invoices.csv?" + PERIOD, technician), 403);
    assertProblem(api.get("api/exports/fec.txt?" + PERIOD, null), 401);
  }

  @Test
  void anotherTenantsCentreIsNotFound() {
    String lumiere = api.token("lumiere", "admin@lumiere.test");
    String banyan = api.token("banyan", "admin@banyan.test");
    long paris = homeCentre(lumiere, "Studio Kaolin");
    long bengaluru = homeCentre(banyan, "Chai Labs");
    for (String path : new String[] {"invoices.csv", "payments.csv", "fec.txt", "gstr1.json"}) {
      assertProblem(
          api.get("api/exports/" + path + "?" + PERIOD + "&centre=" + paris, banyan), 404);
    }
    HttpResponse<String> gstr1 =
        api.get("api/exports/gstr1.json?" + PERIOD + "&centre=" + bengaluru, banyan);
    assertEquals(200, gstr1.statusCode(), gstr1.body());
    assertTrue(Api.json(gstr1).containsKey("b2b"));
  }

  @Test
  void badDatesAndPeriodsAreRefusedFieldByFieldAsProblems() {
    String accountant = api.token("lumiere", "accounts@lumiere.test");
    JsonObject unreadable =
        assertProblem(
            api.get("api/exports/invoices.csv?from=31/12/2026&to=2026-13-45", accountant), 400);
    assertTrue(unreadable.getJsonObject("errors").containsKey("from"));
    assertTrue(unreadable.getJsonObject("errors").containsKey("to"));
    // A control character is refused before the export reads any parameter (ParameterText).
    JsonObject nul =
        assertProblem(
            api.get("api/exports/invoices.csv?from=2026-01-01&to=x%00y", accountant), 400);
    assertTrue(nul.getJsonObject("errors").containsKey("to"));
    JsonObject missing = assertProblem(api.get("api/exports/fec.txt", accountant), 400);
    assertTrue(missing.getJsonObject("errors").containsKey("from"));
    JsonObject backwards =
        assertProblem(
            api.get(
                "api/exports/payments.csv?from=2026-12-31&to=2026-01-01",
                accountant,
                "Accept-Language",
                "fr"),
            400);
    assertEquals(
        "Saisissez une date de début antérieure ou égale à la date de fin, à au plus 366 jours"
            + " d’écart.",
        backwards.getJsonObject("errors").getString("to"));
    String huge = "2026-01-01" + "9".repeat(5000);
    assertProblem(
        api.get("api/exports/invoices.csv?from=" + huge + "&to=2026-02-01", accountant), 400);
    JsonObject france = assertProblem(api.get("api/exports/gstr1.json?" + PERIOD, accountant), 400);
    assertTrue(france.getJsonObject("errors").containsKey("centre"));
  }

  private static JsonObject assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    return Api.json(response);
  }
}
