package io.atrium.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.api.Problem;
import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.ImportedTenants;
import io.atrium.testing.WebSession;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service catalogue through the REST API, in copies of both demo operators (A: the French one,
 * whose community manager may manage the catalogue of Paris alone; B: the Indian one): the life of
 * an item and its prices, problem+json for bad input with nothing written, another tenant's or an
 * unseen centre's ids in paths and bodies answered 404, and the rights.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

  private static String tenantA;
  private static String tenantB;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String admin;
  private long paris;
  private long lyon;

  /** One copy of each operator for the class: importing hashes every demo password. */
  @BeforeEach
  void tenants() throws Exception {
    if (tenantA == null) {
      tenantA =
          ImportedTenants.copyOf(
              base,
              "lumiere",
              manifest ->
                  manifest.replaceFirst(
                      "inventory:read, statistics:read]",
                      "inventory:read, statistics:read, catalog:read, catalog:create,"
                          + " catalog:edit]"));
      tenantB = ImportedTenants.copyOf(base, "banyan");
    }
    api = new Api(base.toURI());
    admin = api.token(tenantA, "admin@lumiere.test");
    paris = homeCentre(admin, "Kaolin");
    lyon = homeCentre(admin, "Nordlys");
  }

  private long homeCentre(String token, String company) {
    long id =
        Api.json(api.get("api/companies?q=" + company, token))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    return Api.json(api.get("api/companies/" + id, token))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  private static String item(String code, String centres) {
    return "{\"code\":\""
        + code
        + "\",\"kind\":\"MAIN\",\"serviceType\":\"PRIVATE_OFFICE\",\"nameEn\":\"Private office\","
        + "\"nameFr\":\"Bureau privatif\",\"unit\":\"MONTH\",\"vatCategory\":\"S\",\"taxRate\":\"20\","
        + "\"centreIds\":["
        + centres
        + "]}";
  }

  private static String price(long centre, LocalDate from, String amount) {
    return "{\"centreId\":"
        + centre
        + ",\"from\":\""
        + from
        + "\",\"unitPrice\":\""
        + amount
        + "\"}";
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }

  private static long id(HttpResponse<String> response) {
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""), "problem");
  }

  private static String error(HttpResponse<String> response, String field) {
    return Api.json(response).getJsonObject("errors").getString(field);
  }

  private long total(String token) {
    return Api.json(api.get("api/catalogue", token)).getJsonNumber("total").longValue();
  }

  @Test
  void anItemIsCreatedReadChangedPricedAndListed() {
    var created = api.post("api/catalogue", admin, item("office-a1", paris + "," + lyon));
    assertEquals(201, created.statusCode(), created.body());
    long id = id(created);
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/catalogue/" + id));
    JsonObject body = Api.json(created);
    assertEquals("OFFICE-A1", body.getString("code"));
    assertEquals(2, body.getJsonArray("centres").size());
    assertFalse(
        body.getJsonArray("centres").getJsonObject(0).containsKey("unitPrice"), "no price yet");

    var priced =
        api.post("api/catalogue/" + id + "/prices", admin, price(paris, today(), "1200.5"));
    assertEquals(201, priced.statusCode(), priced.body());
    api.post("api/catalogue/" + id + "/prices", admin, price(paris, today().plusDays(30), "1300"));
    JsonObject read = Api.json(api.get("api/catalogue/" + id, admin));
    assertEquals(2, read.getJsonArray("history").size());
    JsonObject newest = read.getJsonArray("history").getJsonObject(0);
    assertEquals("1300.0000", newest.getString("unitPrice"));
    assertEquals("EUR", newest.getString("currency"));
    assertEquals("Hélène Garnier", newest.getString("setBy"));
    JsonObject inParis =
        read.getJsonArray("centres").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getJsonNumber("centreId").longValue() == paris)
            .findFirst()
            .orElseThrow();
    assertEquals("1200.5000", inParis.getString("unitPrice"), "today's price, not the next one");

    long version = read.getJsonNumber("version").longValue();
    String renamed =
        item("OFFICE-A1", String.valueOf(paris))
            .replace("\"Bureau privatif\"", "\"Bureau privatif 4 postes\"")
            .replace("}", ",\"active\":false,\"version\":" + version + "}");
    var updated = api.put("api/catalogue/" + id, admin, renamed);
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals("Bureau privatif 4 postes", Api.json(updated).getString("nameFr"));
    assertFalse(Api.json(updated).getBoolean("active"));
    assertEquals(1, Api.json(updated).getJsonArray("centres").size(), "Lyon no longer offers it");
    assertProblem(api.put("api/catalogue/" + id, admin, renamed), 409);

    String inactiveInParis =
        Api.json(api.get("api/catalogue?centre=" + paris + "&active=false&kind=MAIN", admin))
            .toString();
    assertTrue(inactiveInParis.contains("OFFICE-A1"), inactiveInParis);
    String activeOnes = Api.json(api.get("api/catalogue?active=true", admin)).toString();
    assertFalse(activeOnes.contains("OFFICE-A1"), activeOnes);
    String lyonOnes = Api.json(api.get("api/catalogue?centre=" + lyon, admin)).toString();
    assertFalse(lyonOnes.contains("OFFICE-A1"), lyonOnes);
  }

  @Test
  void badInputIsAProblemWithItsFieldsAndWritesNothing() {
    long before = total(admin);
    var negative =
        api.post(
            "api/catalogue",
            admin,
            item("NEG", String.valueOf(paris))
                .replace("\"taxRate\":\"20\"", "\"taxRate\":\"-20\""));
    assertProblem(negative, 400);
    assertEquals(
        "Give a percentage of 0 or more with at most 2 decimals.", error(negative, "taxRate"));
    var nul =
        api.post(
            "api/catalogue",
            admin,
            item("NUL", String.valueOf(paris)).replace("Private office", "Private\\u0000office"));
    assertProblem(nul, 400);
    assertTrue(Api.json(nul).getJsonObject("errors").containsKey("nameEn"), nul.body());
    var huge =
        api.post(
            "api/catalogue",
            admin,
            item("HUGE", String.valueOf(paris)).replace("Private office", "x".repeat(100_000)));
    assertProblem(huge, 400);
    assertTrue(Api.json(huge).getJsonObject("errors").containsKey("nameEn"), "a huge name refused");
    assertProblem(api.post("api/catalogue", admin, "{\"code\":\"BROKEN\","), 400);
    var kind =
        api.post(
            "api/catalogue",
            admin,
            item("KIND", String.valueOf(paris)).replace("\"MAIN\"", "\"SERVICE\""));
    assertProblem(kind, 400);
    assertEquals("Use MAIN, OPTION or CONSUMPTION.", error(kind, "kind"));
    var french =
        api.call(
            "POST",
            "api/catalogue",
            admin,
            item("FR", String.valueOf(paris)).replace("\"taxRate\":\"20\"", "\"taxRate\":\"19\""),
            "Accept-Language",
            "fr");
    assertEquals(
        "La catégorie S prend un taux de TVA français : 20, 10, 5,5 ou 2,1 %.",
        error(french, "taxRate"));
    assertEquals(before, total(admin), "no item written");

    long id = id(api.post("api/catalogue", admin, item("PRICED-A", String.valueOf(paris))));
    var minus = api.post("api/catalogue/" + id + "/prices", admin, price(paris, today(), "-5"));
    assertProblem(minus, 400);
    assertEquals("A price cannot be negative.", error(minus, "unitPrice"));
    var past =
        api.post("api/catalogue/" + id + "/prices", admin, price(paris, today().minusDays(1), "5"));
    assertProblem(past, 400);
    assertTrue(Api.json(past).getJsonObject("errors").containsKey("from"));
    var unknownCentre =
        api.post("api/catalogue/" + id + "/prices", admin, price(999_999_999L, today(), "5"));
    assertProblem(unknownCentre, 404);
    assertProblem(api.post("api/catalogue/" + id + "/prices", admin, "{\"centreId\":\"x\"}"), 400);
    assertEquals(
        0,
        Api.json(api.get("api/catalogue/" + id, admin)).getJsonArray("history").size(),
        "no price written");
  }

  @Test
  void anotherTenantsIdsInThePathOrTheBodyAreNotFoundAndChangeNothing() {
    String adminB = api.token(tenantB, "admin@banyan.test");
    long centreB = homeCentre(adminB, "Chai");
    var itemB =
        api.post(
            "api/catalogue",
            adminB,
            "{\"code\":\"SEAT-B\",\"kind\":\"MAIN\",\"serviceType\":\"HOT_DESK\",\"nameEn\":\"Hot desk\","
                + "\"nameFr\":\"Poste flexible\",\"unit\":\"DAY\",\"sacCode\":\"997212\",\"taxRate\":\"18\","
                + "\"supplyAtProperty\":true,\"centreIds\":["
                + centreB
                + "]}");
    assertEquals(201, itemB.statusCode(), itemB.body());
    long idB = id(itemB);
    assertEquals(
        201,
        api.post(
                "api/catalogue/" + idB + "/prices",
                adminB,
                price(centreB, LocalDate.now(ZoneId.of("Asia/Kolkata")), "850"))
            .statusCode());

    for (var response :
        java.util.List.of(
            api.get("api/catalogue/" + idB, admin),
            api.put("api/catalogue/" + idB, admin, item("TAKEN", String.valueOf(paris))),
            api.post("api/catalogue/" + idB + "/prices", admin, price(paris, today(), "1")))) {
      assertProblem(response, 404);
      assertFalse(response.body().contains("SEAT-B"), response.body());
    }
    assertProblem(api.get("api/catalogue?centre=" + centreB, admin), 404);

    long idA = id(api.post("api/catalogue", admin, item("OWN-A", String.valueOf(paris))));
    assertProblem(
        api.put("api/catalogue/" + idA, admin, item("OWN-A", String.valueOf(centreB))), 404);
    assertProblem(api.post("api/catalogue", admin, item("INTO-B", String.valueOf(centreB))), 404);
    assertProblem(
        api.post("api/catalogue/" + idA + "/prices", admin, price(centreB, today(), "1")), 404);
    JsonObject unchanged = Api.json(api.get("api/catalogue/" + idA, admin));
    assertEquals(
        paris,
        unchanged.getJsonArray("centres").getJsonObject(0).getJsonNumber("centreId").longValue());
    assertEquals(0, unchanged.getJsonArray("history").size());
    JsonObject seenByB = Api.json(api.get("api/catalogue/" + idB, adminB));
    assertEquals(
        "850.0000", seenByB.getJsonArray("history").getJsonObject(0).getString("unitPrice"));
    assertEquals("INR", seenByB.getJsonArray("history").getJsonObject(0).getString("currency"));
    assertEquals(1, seenByB.getJsonArray("history").size(), "B's item untouched");
  }

  @Test
  void anIndianItemIsListedWithItsSacCodeAndItsPriceInLakhs() throws Exception {
    String adminB = api.token(tenantB, "admin@banyan.test");
    long centreB = homeCentre(adminB, "Chai");
    var created =
        api.post(
            "api/catalogue",
            adminB,
            "{\"code\":\"CABIN-6\",\"kind\":\"MAIN\",\"serviceType\":\"PRIVATE_OFFICE\","
                + "\"nameEn\":\"Six-seat cabin\",\"nameFr\":\"Bureau six postes\",\"unit\":\"MONTH\","
                + "\"sacCode\":\"997212\",\"taxRate\":\"18\",\"centreIds\":["
                + centreB
                + "]}");
    assertEquals(201, created.statusCode(), created.body());
    var priced =
        api.post(
            "api/catalogue/" + id(created) + "/prices",
            adminB,
            price(centreB, LocalDate.now(ZoneId.of("Asia/Kolkata")), "125000"));
    assertEquals(201, priced.statusCode(), priced.body());
    var page =
        new WebSession(base.toURI())
            .pickLanguage("en")
            .signedIn(tenantB, "admin@banyan.test")
            .get("catalogue/list.xhtml?centre=" + centreB);
    assertEquals(200, page.statusCode());
    String row = page.body().substring(page.body().indexOf("CABIN-6"));
    assertTrue(row.contains("Six-seat cabin"), "the name in English");
    assertTrue(row.contains("1,25,000.00 INR"), "lakh grouping with the currency");
    assertTrue(row.contains("SAC 997212 · GST 18 %"), "the tax category");
  }

  @Test
  void aParisManagerSeesNeitherLyonsItemsNorLyonsCentreAndOthersHaveNoRights() {
    String cm = api.token(tenantA, "cm@lumiere.test");
    long lyonItem = id(api.post("api/catalogue", admin, item("LYON-ONLY", String.valueOf(lyon))));
    long shared = id(api.post("api/catalogue", admin, item("BOTH-CENTRES", paris + "," + lyon)));
    assertProblem(api.get("api/catalogue/" + lyonItem, cm), 404);
    assertProblem(api.get("api/catalogue?centre=" + lyon, cm), 404);
    assertProblem(api.post("api/catalogue", cm, item("CM-LYON", String.valueOf(lyon))), 404);
    assertProblem(
        api.post("api/catalogue/" + shared + "/prices", cm, price(lyon, today(), "9")), 404);
    String list = api.get("api/catalogue?size=100", cm).body();
    assertFalse(list.contains("LYON-ONLY"), list);
    assertTrue(list.contains("BOTH-CENTRES"), list);

    var saved =
        api.put(
            "api/catalogue/" + shared,
            cm,
            item("BOTH-CENTRES", String.valueOf(paris)).replace("Private office", "Shared office"));
    assertEquals(200, saved.statusCode(), saved.body());
    JsonObject asAdmin = Api.json(api.get("api/catalogue/" + shared, admin));
    assertEquals(
        2, asAdmin.getJsonArray("centres").size(), "Lyon's offer kept, unseen by the manager");

    String sales = api.token(tenantA, "sales@lumiere.test");
    assertEquals(200, api.get("api/catalogue", sales).statusCode(), "sales read the catalogue");
    assertProblem(api.post("api/catalogue", sales, item("SALES", String.valueOf(paris))), 403);
    assertProblem(
        api.post("api/catalogue/" + shared + "/prices", sales, price(paris, today(), "9")), 403);
    assertProblem(api.get("api/catalogue", api.token(tenantA, "tech@lumiere.test")), 403);
  }
}
